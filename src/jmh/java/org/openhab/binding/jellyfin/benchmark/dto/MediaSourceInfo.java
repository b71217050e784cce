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
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * MediaSourceInfo of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class MediaSourceInfo {
    @SerializedName("Protocol")
    public @Nullable MediaProtocol protocol;
    @SerializedName("Id")
    public @Nullable String id;
    @SerializedName("Path")
    public @Nullable String path;
    @SerializedName("EncoderPath")
    public @Nullable String encoderPath;
    @SerializedName("EncoderProtocol")
    public @Nullable MediaProtocol encoderProtocol;
    @SerializedName("Type")
    public @Nullable MediaSourceType type;
    @SerializedName("Container")
    public @Nullable String container;
    @SerializedName("Size")
    public @Nullable Long size;
    @SerializedName("Name")
    public @Nullable String name;
    @SerializedName("IsRemote")
    public @Nullable Boolean isRemote;
    @SerializedName("ETag")
    public @Nullable String eTag;
    @SerializedName("RunTimeTicks")
    public @Nullable Long runTimeTicks;
    @SerializedName("ReadAtNativeFramerate")
    public @Nullable Boolean readAtNativeFramerate;
    @SerializedName("IgnoreDts")
    public @Nullable Boolean ignoreDts;
    @SerializedName("IgnoreIndex")
    public @Nullable Boolean ignoreIndex;
    @SerializedName("GenPtsInput")
    public @Nullable Boolean genPtsInput;
    @SerializedName("SupportsTranscoding")
    public @Nullable Boolean supportsTranscoding;
    @SerializedName("SupportsDirectStream")
    public @Nullable Boolean supportsDirectStream;
    @SerializedName("SupportsDirectPlay")
    public @Nullable Boolean supportsDirectPlay;
    @SerializedName("IsInfiniteStream")
    public @Nullable Boolean isInfiniteStream;
    @SerializedName("UseMostCompatibleTranscodingProfile")
    public @Nullable Boolean useMostCompatibleTranscodingProfile;
    @SerializedName("RequiresOpening")
    public @Nullable Boolean requiresOpening;
    @SerializedName("OpenToken")
    public @Nullable String openToken;
    @SerializedName("RequiresClosing")
    public @Nullable Boolean requiresClosing;
    @SerializedName("LiveStreamId")
    public @Nullable String liveStreamId;
    @SerializedName("BufferMs")
    public @Nullable Integer bufferMs;
    @SerializedName("RequiresLooping")
    public @Nullable Boolean requiresLooping;
    @SerializedName("SupportsProbing")
    public @Nullable Boolean supportsProbing;
    @SerializedName("VideoType")
    public @Nullable VideoType videoType;
    @SerializedName("IsoType")
    public @Nullable IsoType isoType;
    @SerializedName("Video3DFormat")
    public @Nullable Video3DFormat video3DFormat;
    @SerializedName("MediaStreams")
    public @Nullable List<MediaStream> mediaStreams;
    @SerializedName("MediaAttachments")
    public @Nullable List<MediaAttachment> mediaAttachments;
    @SerializedName("Formats")
    public @Nullable List<String> formats;
    @SerializedName("Bitrate")
    public @Nullable Integer bitrate;
    @SerializedName("FallbackMaxStreamingBitrate")
    public @Nullable Integer fallbackMaxStreamingBitrate;
    @SerializedName("Timestamp")
    public @Nullable TransportStreamTimestamp timestamp;
    @SerializedName("RequiredHttpHeaders")
    public @Nullable Map<String, String> requiredHttpHeaders;
    @SerializedName("TranscodingUrl")
    public @Nullable String transcodingUrl;
    @SerializedName("TranscodingSubProtocol")
    public @Nullable MediaStreamProtocol transcodingSubProtocol;
    @SerializedName("TranscodingContainer")
    public @Nullable String transcodingContainer;
    @SerializedName("AnalyzeDurationMs")
    public @Nullable Integer analyzeDurationMs;
    @SerializedName("DefaultAudioStreamIndex")
    public @Nullable Integer defaultAudioStreamIndex;
    @SerializedName("DefaultSubtitleStreamIndex")
    public @Nullable Integer defaultSubtitleStreamIndex;
    @SerializedName("HasSegments")
    public @Nullable Boolean hasSegments;
}
