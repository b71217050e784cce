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
package org.openhab.binding.jellyfin.internal.api.dto;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The play state of a session.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class PlayerState {
    private @Nullable Long positionTicks;
    private @Nullable Boolean canSeek;
    private @Nullable Boolean isPaused;
    private @Nullable Boolean isMuted;
    private @Nullable Integer volumeLevel;
    private @Nullable Integer audioStreamIndex;
    private @Nullable Integer subtitleStreamIndex;
    private @Nullable String mediaSourceId;
    private @Nullable String playMethod;
    private @Nullable RepeatMode repeatMode;
    private @Nullable String playbackOrder;
    private @Nullable Boolean shuffle;

    public @Nullable Long getPositionTicks() {
        return positionTicks;
    }

    public boolean canSeek() {
        Boolean v = canSeek;
        return v != null && v;
    }

    public boolean isPaused() {
        Boolean v = isPaused;
        return v != null && v;
    }

    public boolean isMuted() {
        Boolean v = isMuted;
        return v != null && v;
    }

    public @Nullable Integer getVolumeLevel() {
        return volumeLevel;
    }

    public @Nullable Integer getAudioStreamIndex() {
        return audioStreamIndex;
    }

    public @Nullable Integer getSubtitleStreamIndex() {
        return subtitleStreamIndex;
    }

    public @Nullable String getMediaSourceId() {
        return mediaSourceId;
    }

    public @Nullable String getPlayMethod() {
        return playMethod;
    }

    public RepeatMode getRepeatMode() {
        RepeatMode v = repeatMode;
        return v != null ? v : RepeatMode.REPEAT_NONE;
    }

    /**
     * @return true when the queue is shuffled (Jellyfin 10.9+ PlaybackOrder "Shuffle", Emby Shuffle)
     */
    public boolean isShuffled() {
        Boolean s = shuffle;
        return "Shuffle".equalsIgnoreCase(playbackOrder) || (s != null && s);
    }
}
