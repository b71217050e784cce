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
package org.openhab.binding.jellyfin.benchmark.dto;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * PlayerStateInfo of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class PlayerStateInfo {
    @SerializedName("PositionTicks")
    public @Nullable Long positionTicks;
    @SerializedName("CanSeek")
    public @Nullable Boolean canSeek;
    @SerializedName("IsPaused")
    public @Nullable Boolean isPaused;
    @SerializedName("IsMuted")
    public @Nullable Boolean isMuted;
    @SerializedName("VolumeLevel")
    public @Nullable Integer volumeLevel;
    @SerializedName("AudioStreamIndex")
    public @Nullable Integer audioStreamIndex;
    @SerializedName("SubtitleStreamIndex")
    public @Nullable Integer subtitleStreamIndex;
    @SerializedName("MediaSourceId")
    public @Nullable String mediaSourceId;
    @SerializedName("PlayMethod")
    public @Nullable PlayMethod playMethod;
    @SerializedName("RepeatMode")
    public @Nullable RepeatMode repeatMode;
    @SerializedName("PlaybackOrder")
    public @Nullable PlaybackOrder playbackOrder;
    @SerializedName("LiveStreamId")
    public @Nullable String liveStreamId;
}
