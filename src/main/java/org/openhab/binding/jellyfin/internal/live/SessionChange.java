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
 * that disappeared no {@code current}; both report every fact. Handlers refresh only the channels of the
 * facts they receive.
 *
 * @param sessionId the session
 * @param previous its state in the older snapshot
 * @param current its state in the newer snapshot
 * @param facts the field groups that changed (unmodifiable)
 * @param events what happened, in {@link SessionEvent} order (unmodifiable)
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record SessionChange(String sessionId, @Nullable SessionState previous, @Nullable SessionState current,
        Set<Fact> facts, Set<SessionEvent> events) {

    /** A group of session fields that changed between two snapshots. */
    public enum Fact {
        /** UserId or UserName. */
        USER,
        /** Client, DeviceName, DeviceId, DeviceType or ApplicationVersion. */
        DEVICE,
        /** IsActive. */
        ACTIVE,
        /** LastActivityDate. */
        LAST_ACTIVITY,
        /** SupportedCommands, SupportsRemoteControl or PlayableMediaTypes. */
        SUPPORTED_COMMANDS,
        /** The {@link PlayStatus}: stopped, playing or paused. */
        PLAY_STATE,
        /** The item or its metadata (title, runtime, artwork...). */
        ITEM,
        /** PositionTicks. */
        POSITION,
        /** CanSeek. */
        CAN_SEEK,
        /** VolumeLevel. */
        VOLUME,
        /** IsMuted. */
        MUTED,
        /** RepeatMode. */
        REPEAT,
        /** Shuffle (PlaybackOrder or Emby's Shuffle). */
        SHUFFLE,
        /** AudioStreamIndex. */
        AUDIO_TRACK,
        /** SubtitleStreamIndex. */
        SUBTITLE,
        /** PlayMethod, MediaSourceId or PlaySessionId. */
        PLAY_METHOD,
        /** The loaded item's {@code UserData.Played}. */
        WATCHED
    }

    public boolean has(Fact fact) {
        return facts.contains(fact);
    }

    public boolean has(SessionEvent event) {
        return events.contains(event);
    }
}
