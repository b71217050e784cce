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
 * TranscodeReason of the Jellyfin 10.11 OpenAPI spec. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public enum TranscodeReason {
    @SerializedName("ContainerNotSupported")
    CONTAINER_NOT_SUPPORTED,
    @SerializedName("VideoCodecNotSupported")
    VIDEO_CODEC_NOT_SUPPORTED,
    @SerializedName("AudioCodecNotSupported")
    AUDIO_CODEC_NOT_SUPPORTED,
    @SerializedName("SubtitleCodecNotSupported")
    SUBTITLE_CODEC_NOT_SUPPORTED,
    @SerializedName("AudioIsExternal")
    AUDIO_IS_EXTERNAL,
    @SerializedName("SecondaryAudioNotSupported")
    SECONDARY_AUDIO_NOT_SUPPORTED,
    @SerializedName("VideoProfileNotSupported")
    VIDEO_PROFILE_NOT_SUPPORTED,
    @SerializedName("VideoLevelNotSupported")
    VIDEO_LEVEL_NOT_SUPPORTED,
    @SerializedName("VideoResolutionNotSupported")
    VIDEO_RESOLUTION_NOT_SUPPORTED,
    @SerializedName("VideoBitDepthNotSupported")
    VIDEO_BIT_DEPTH_NOT_SUPPORTED,
    @SerializedName("VideoFramerateNotSupported")
    VIDEO_FRAMERATE_NOT_SUPPORTED,
    @SerializedName("RefFramesNotSupported")
    REF_FRAMES_NOT_SUPPORTED,
    @SerializedName("AnamorphicVideoNotSupported")
    ANAMORPHIC_VIDEO_NOT_SUPPORTED,
    @SerializedName("InterlacedVideoNotSupported")
    INTERLACED_VIDEO_NOT_SUPPORTED,
    @SerializedName("AudioChannelsNotSupported")
    AUDIO_CHANNELS_NOT_SUPPORTED,
    @SerializedName("AudioProfileNotSupported")
    AUDIO_PROFILE_NOT_SUPPORTED,
    @SerializedName("AudioSampleRateNotSupported")
    AUDIO_SAMPLE_RATE_NOT_SUPPORTED,
    @SerializedName("AudioBitDepthNotSupported")
    AUDIO_BIT_DEPTH_NOT_SUPPORTED,
    @SerializedName("ContainerBitrateExceedsLimit")
    CONTAINER_BITRATE_EXCEEDS_LIMIT,
    @SerializedName("VideoBitrateNotSupported")
    VIDEO_BITRATE_NOT_SUPPORTED,
    @SerializedName("AudioBitrateNotSupported")
    AUDIO_BITRATE_NOT_SUPPORTED,
    @SerializedName("UnknownVideoStreamInfo")
    UNKNOWN_VIDEO_STREAM_INFO,
    @SerializedName("UnknownAudioStreamInfo")
    UNKNOWN_AUDIO_STREAM_INFO,
    @SerializedName("DirectPlayError")
    DIRECT_PLAY_ERROR,
    @SerializedName("VideoRangeTypeNotSupported")
    VIDEO_RANGE_TYPE_NOT_SUPPORTED,
    @SerializedName("VideoCodecTagNotSupported")
    VIDEO_CODEC_TAG_NOT_SUPPORTED,
    @SerializedName("StreamCountExceedsLimit")
    STREAM_COUNT_EXCEEDS_LIMIT;
}
