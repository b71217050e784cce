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

/**
 * A group of session fields that changed between two snapshots; handlers refresh only the channels
 * of the facts they receive.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum SessionFact {
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
