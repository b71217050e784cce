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
 * DeviceProfile of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class DeviceProfile {
    @SerializedName("Name")
    public @Nullable String name;
    @SerializedName("Id")
    public @Nullable String id;
    @SerializedName("MaxStreamingBitrate")
    public @Nullable Integer maxStreamingBitrate;
    @SerializedName("MaxStaticBitrate")
    public @Nullable Integer maxStaticBitrate;
    @SerializedName("MusicStreamingTranscodingBitrate")
    public @Nullable Integer musicStreamingTranscodingBitrate;
    @SerializedName("MaxStaticMusicBitrate")
    public @Nullable Integer maxStaticMusicBitrate;
    @SerializedName("DirectPlayProfiles")
    public @Nullable List<DirectPlayProfile> directPlayProfiles;
    @SerializedName("TranscodingProfiles")
    public @Nullable List<TranscodingProfile> transcodingProfiles;
    @SerializedName("ContainerProfiles")
    public @Nullable List<ContainerProfile> containerProfiles;
    @SerializedName("CodecProfiles")
    public @Nullable List<CodecProfile> codecProfiles;
    @SerializedName("SubtitleProfiles")
    public @Nullable List<SubtitleProfile> subtitleProfiles;
}
