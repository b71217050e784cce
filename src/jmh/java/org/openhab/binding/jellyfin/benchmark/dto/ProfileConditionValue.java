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

import com.google.gson.annotations.SerializedName;

/**
 * ProfileConditionValue of the Jellyfin 10.11 OpenAPI spec. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public enum ProfileConditionValue {
    @SerializedName("AudioChannels")
    AUDIO_CHANNELS,
    @SerializedName("AudioBitrate")
    AUDIO_BITRATE,
    @SerializedName("AudioProfile")
    AUDIO_PROFILE,
    @SerializedName("Width")
    WIDTH,
    @SerializedName("Height")
    HEIGHT,
    @SerializedName("Has64BitOffsets")
    HAS64_BIT_OFFSETS,
    @SerializedName("PacketLength")
    PACKET_LENGTH,
    @SerializedName("VideoBitDepth")
    VIDEO_BIT_DEPTH,
    @SerializedName("VideoBitrate")
    VIDEO_BITRATE,
    @SerializedName("VideoFramerate")
    VIDEO_FRAMERATE,
    @SerializedName("VideoLevel")
    VIDEO_LEVEL,
    @SerializedName("VideoProfile")
    VIDEO_PROFILE,
    @SerializedName("VideoTimestamp")
    VIDEO_TIMESTAMP,
    @SerializedName("IsAnamorphic")
    IS_ANAMORPHIC,
    @SerializedName("RefFrames")
    REF_FRAMES,
    @SerializedName("NumAudioStreams")
    NUM_AUDIO_STREAMS,
    @SerializedName("NumVideoStreams")
    NUM_VIDEO_STREAMS,
    @SerializedName("IsSecondaryAudio")
    IS_SECONDARY_AUDIO,
    @SerializedName("VideoCodecTag")
    VIDEO_CODEC_TAG,
    @SerializedName("IsAvc")
    IS_AVC,
    @SerializedName("IsInterlaced")
    IS_INTERLACED,
    @SerializedName("AudioSampleRate")
    AUDIO_SAMPLE_RATE,
    @SerializedName("AudioBitDepth")
    AUDIO_BIT_DEPTH,
    @SerializedName("VideoRangeType")
    VIDEO_RANGE_TYPE,
    @SerializedName("NumStreams")
    NUM_STREAMS;
}
