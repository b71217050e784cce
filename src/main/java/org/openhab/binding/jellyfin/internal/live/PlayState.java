/**
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.jellyfin.internal.live;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The player state of a session ({@code PlayState}). Absent or null fields are null (or false for the
 * flags). Enum-like values are kept as the server wrote them, so values a newer server adds never fail
 * parsing: {@code PlayMethod} (Transcode, DirectStream, DirectPlay), {@code RepeatMode} (RepeatNone,
 * RepeatAll, RepeatOne), {@code PlaybackOrder} (Default, Shuffle; Jellyfin 10.9+).
 *
 * @param positionTicks position in ticks (100 ns)
 * @param canSeek whether the player can seek
 * @param paused whether playback is paused
 * @param muted whether the player is muted
 * @param volumeLevel volume 0-100
 * @param audioStreamIndex selected audio stream
 * @param subtitleStreamIndex selected subtitle stream (-1 = off)
 * @param mediaSourceId media source being played (normalised GUID)
 * @param playMethod how the media is played
 * @param repeatMode repeat mode
 * @param playbackOrder Jellyfin's playback order
 * @param shuffle Emby's shuffle flag
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record PlayState(@Nullable Long positionTicks, boolean canSeek, boolean paused, boolean muted,
        @Nullable Integer volumeLevel, @Nullable Integer audioStreamIndex, @Nullable Integer subtitleStreamIndex,
        @Nullable String mediaSourceId, @Nullable String playMethod, @Nullable String repeatMode,
        @Nullable String playbackOrder, @Nullable Boolean shuffle) {

    /** The state of a session that reported no {@code PlayState}. */
    public static final PlayState EMPTY = new PlayState(null, false, false, false, null, null, null, null, null,
            null, null, null);

    public static final String REPEAT_NONE = "RepeatNone";
    public static final String REPEAT_ALL = "RepeatAll";
    public static final String REPEAT_ONE = "RepeatOne";
    public static final String ORDER_SHUFFLE = "Shuffle";

    /**
     * @return true when the queue is shuffled: Jellyfin's {@code PlaybackOrder} is Shuffle, or Emby's
     *         {@code Shuffle} is true
     */
    public boolean shuffled() {
        return ORDER_SHUFFLE.equals(playbackOrder) || Boolean.TRUE.equals(shuffle);
    }
}
