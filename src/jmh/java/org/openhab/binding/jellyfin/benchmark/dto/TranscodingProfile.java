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
 * TranscodingProfile of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class TranscodingProfile {
    @SerializedName("Container")
    public @Nullable String container;
    @SerializedName("Type")
    public @Nullable DlnaProfileType type;
    @SerializedName("VideoCodec")
    public @Nullable String videoCodec;
    @SerializedName("AudioCodec")
    public @Nullable String audioCodec;
    @SerializedName("Protocol")
    public @Nullable MediaStreamProtocol protocol;
    @SerializedName("EstimateContentLength")
    public @Nullable Boolean estimateContentLength;
    @SerializedName("EnableMpegtsM2TsMode")
    public @Nullable Boolean enableMpegtsM2TsMode;
    @SerializedName("TranscodeSeekInfo")
    public @Nullable TranscodeSeekInfo transcodeSeekInfo;
    @SerializedName("CopyTimestamps")
    public @Nullable Boolean copyTimestamps;
    @SerializedName("Context")
    public @Nullable EncodingContext context;
    @SerializedName("EnableSubtitlesInManifest")
    public @Nullable Boolean enableSubtitlesInManifest;
    @SerializedName("MaxAudioChannels")
    public @Nullable String maxAudioChannels;
    @SerializedName("MinSegments")
    public @Nullable Integer minSegments;
    @SerializedName("SegmentLength")
    public @Nullable Integer segmentLength;
    @SerializedName("BreakOnNonKeyFrames")
    public @Nullable Boolean breakOnNonKeyFrames;
    @SerializedName("Conditions")
    public @Nullable List<ProfileCondition> conditions;
    @SerializedName("EnableAudioVbrEncoding")
    public @Nullable Boolean enableAudioVbrEncoding;
}
