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

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * TranscodingInfo of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class TranscodingInfo {
    @SerializedName("AudioCodec")
    public @Nullable String audioCodec;
    @SerializedName("VideoCodec")
    public @Nullable String videoCodec;
    @SerializedName("Container")
    public @Nullable String container;
    @SerializedName("IsVideoDirect")
    public @Nullable Boolean isVideoDirect;
    @SerializedName("IsAudioDirect")
    public @Nullable Boolean isAudioDirect;
    @SerializedName("Bitrate")
    public @Nullable Integer bitrate;
    @SerializedName("Framerate")
    public @Nullable Float framerate;
    @SerializedName("CompletionPercentage")
    public @Nullable Double completionPercentage;
    @SerializedName("Width")
    public @Nullable Integer width;
    @SerializedName("Height")
    public @Nullable Integer height;
    @SerializedName("AudioChannels")
    public @Nullable Integer audioChannels;
    @SerializedName("HardwareAccelerationType")
    public @Nullable HardwareAccelerationType hardwareAccelerationType;
    @SerializedName("TranscodeReasons")
    public @Nullable List<TranscodeReason> transcodeReasons;
}
