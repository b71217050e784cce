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
 * MediaStream of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class MediaStream {
    @SerializedName("Codec")
    public @Nullable String codec;
    @SerializedName("CodecTag")
    public @Nullable String codecTag;
    @SerializedName("Language")
    public @Nullable String language;
    @SerializedName("ColorRange")
    public @Nullable String colorRange;
    @SerializedName("ColorSpace")
    public @Nullable String colorSpace;
    @SerializedName("ColorTransfer")
    public @Nullable String colorTransfer;
    @SerializedName("ColorPrimaries")
    public @Nullable String colorPrimaries;
    @SerializedName("DvVersionMajor")
    public @Nullable Integer dvVersionMajor;
    @SerializedName("DvVersionMinor")
    public @Nullable Integer dvVersionMinor;
    @SerializedName("DvProfile")
    public @Nullable Integer dvProfile;
    @SerializedName("DvLevel")
    public @Nullable Integer dvLevel;
    @SerializedName("RpuPresentFlag")
    public @Nullable Integer rpuPresentFlag;
    @SerializedName("ElPresentFlag")
    public @Nullable Integer elPresentFlag;
    @SerializedName("BlPresentFlag")
    public @Nullable Integer blPresentFlag;
    @SerializedName("DvBlSignalCompatibilityId")
    public @Nullable Integer dvBlSignalCompatibilityId;
    @SerializedName("Rotation")
    public @Nullable Integer rotation;
    @SerializedName("Comment")
    public @Nullable String comment;
    @SerializedName("TimeBase")
    public @Nullable String timeBase;
    @SerializedName("CodecTimeBase")
    public @Nullable String codecTimeBase;
    @SerializedName("Title")
    public @Nullable String title;
    @SerializedName("Hdr10PlusPresentFlag")
    public @Nullable Boolean hdr10PlusPresentFlag;
    @SerializedName("VideoRange")
    public @Nullable VideoRange videoRange;
    @SerializedName("VideoRangeType")
    public @Nullable VideoRangeType videoRangeType;
    @SerializedName("VideoDoViTitle")
    public @Nullable String videoDoViTitle;
    @SerializedName("AudioSpatialFormat")
    public @Nullable AudioSpatialFormat audioSpatialFormat;
    @SerializedName("LocalizedUndefined")
    public @Nullable String localizedUndefined;
    @SerializedName("LocalizedDefault")
    public @Nullable String localizedDefault;
    @SerializedName("LocalizedForced")
    public @Nullable String localizedForced;
    @SerializedName("LocalizedExternal")
    public @Nullable String localizedExternal;
    @SerializedName("LocalizedHearingImpaired")
    public @Nullable String localizedHearingImpaired;
    @SerializedName("DisplayTitle")
    public @Nullable String displayTitle;
    @SerializedName("NalLengthSize")
    public @Nullable String nalLengthSize;
    @SerializedName("IsInterlaced")
    public @Nullable Boolean isInterlaced;
    @SerializedName("IsAVC")
    public @Nullable Boolean isAVC;
    @SerializedName("ChannelLayout")
    public @Nullable String channelLayout;
    @SerializedName("BitRate")
    public @Nullable Integer bitRate;
    @SerializedName("BitDepth")
    public @Nullable Integer bitDepth;
    @SerializedName("RefFrames")
    public @Nullable Integer refFrames;
    @SerializedName("PacketLength")
    public @Nullable Integer packetLength;
    @SerializedName("Channels")
    public @Nullable Integer channels;
    @SerializedName("SampleRate")
    public @Nullable Integer sampleRate;
    @SerializedName("IsDefault")
    public @Nullable Boolean isDefault;
    @SerializedName("IsForced")
    public @Nullable Boolean isForced;
    @SerializedName("IsHearingImpaired")
    public @Nullable Boolean isHearingImpaired;
    @SerializedName("Height")
    public @Nullable Integer height;
    @SerializedName("Width")
    public @Nullable Integer width;
    @SerializedName("AverageFrameRate")
    public @Nullable Float averageFrameRate;
    @SerializedName("RealFrameRate")
    public @Nullable Float realFrameRate;
    @SerializedName("ReferenceFrameRate")
    public @Nullable Float referenceFrameRate;
    @SerializedName("Profile")
    public @Nullable String profile;
    @SerializedName("Type")
    public @Nullable MediaStreamType type;
    @SerializedName("AspectRatio")
    public @Nullable String aspectRatio;
    @SerializedName("Index")
    public @Nullable Integer index;
    @SerializedName("Score")
    public @Nullable Integer score;
    @SerializedName("IsExternal")
    public @Nullable Boolean isExternal;
    @SerializedName("DeliveryMethod")
    public @Nullable SubtitleDeliveryMethod deliveryMethod;
    @SerializedName("DeliveryUrl")
    public @Nullable String deliveryUrl;
    @SerializedName("IsExternalUrl")
    public @Nullable Boolean isExternalUrl;
    @SerializedName("IsTextSubtitleStream")
    public @Nullable Boolean isTextSubtitleStream;
    @SerializedName("SupportsExternalStream")
    public @Nullable Boolean supportsExternalStream;
    @SerializedName("Path")
    public @Nullable String path;
    @SerializedName("PixelFormat")
    public @Nullable String pixelFormat;
    @SerializedName("Level")
    public @Nullable Double level;
    @SerializedName("IsAnamorphic")
    public @Nullable Boolean isAnamorphic;
}
