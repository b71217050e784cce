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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How one session changed between two snapshots. A session that appeared has no {@code previous}, one
 * that disappeared no {@code current}; both report every fact. Facts are groups of session fields, one bit
 * each; handlers refresh only the channels of the facts they receive.
 *
 * @param sessionId the session
 * @param previous its state in the older snapshot
 * @param current its state in the newer snapshot
 * @param facts the field groups that changed: the bits of the fact constants
 * @param events what happened, in {@link SessionEvent} order (unmodifiable)
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record SessionChange(String sessionId, @Nullable SessionState previous, @Nullable SessionState current,
        int facts, Set<SessionEvent> events) {

    /** Fact: UserId or UserName. */
    public static final int USER = 1;
    /** Fact: Client, DeviceName, DeviceId, DeviceType or ApplicationVersion. */
    public static final int DEVICE = 1 << 1;
    /** Fact: IsActive. */
    public static final int ACTIVE = 1 << 2;
    /** Fact: LastActivityDate. */
    public static final int LAST_ACTIVITY = 1 << 3;
    /** Fact: SupportedCommands, SupportsRemoteControl or PlayableMediaTypes. */
    public static final int SUPPORTED_COMMANDS = 1 << 4;
    /** Fact: the {@link PlayStatus}: stopped, playing or paused. */
    public static final int PLAY_STATE = 1 << 5;
    /** Fact: the item or its metadata (title, runtime, artwork...). */
    public static final int ITEM = 1 << 6;
    /** Fact: PositionTicks. */
    public static final int POSITION = 1 << 7;
    /** Fact: CanSeek. */
    public static final int CAN_SEEK = 1 << 8;
    /** Fact: VolumeLevel. */
    public static final int VOLUME = 1 << 9;
    /** Fact: IsMuted. */
    public static final int MUTED = 1 << 10;
    /** Fact: RepeatMode. */
    public static final int REPEAT = 1 << 11;
    /** Fact: Shuffle (PlaybackOrder or Emby's Shuffle). */
    public static final int SHUFFLE = 1 << 12;
    /** Fact: AudioStreamIndex. */
    public static final int AUDIO_TRACK = 1 << 13;
    /** Fact: SubtitleStreamIndex. */
    public static final int SUBTITLE = 1 << 14;
    /** Fact: PlayMethod, MediaSourceId or PlaySessionId. */
    public static final int PLAY_METHOD = 1 << 15;
    /** Fact: the loaded item's {@code UserData.Played}. */
    public static final int WATCHED = 1 << 16;
    /** Every fact, as reported for a session that appeared or disappeared. */
    public static final int ALL_FACTS = (1 << 17) - 1;

    /** @return whether the field group of this fact constant changed */
    public boolean has(int fact) {
        return (facts & fact) != 0;
    }

    public boolean has(SessionEvent event) {
        return events.contains(event);
    }
}
