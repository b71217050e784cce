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

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * SessionInfoDto of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class SessionInfoDto {
    @SerializedName("PlayState")
    public @Nullable PlayerStateInfo playState;
    @SerializedName("AdditionalUsers")
    public @Nullable List<SessionUserInfo> additionalUsers;
    @SerializedName("Capabilities")
    public @Nullable ClientCapabilitiesDto capabilities;
    @SerializedName("RemoteEndPoint")
    public @Nullable String remoteEndPoint;
    @SerializedName("PlayableMediaTypes")
    public @Nullable List<MediaType> playableMediaTypes;
    @SerializedName("Id")
    public @Nullable String id;
    @SerializedName("UserId")
    public @Nullable String userId;
    @SerializedName("UserName")
    public @Nullable String userName;
    @SerializedName("Client")
    public @Nullable String client;
    @SerializedName("LastActivityDate")
    public @Nullable OffsetDateTime lastActivityDate;
    @SerializedName("LastPlaybackCheckIn")
    public @Nullable OffsetDateTime lastPlaybackCheckIn;
    @SerializedName("LastPausedDate")
    public @Nullable OffsetDateTime lastPausedDate;
    @SerializedName("DeviceName")
    public @Nullable String deviceName;
    @SerializedName("DeviceType")
    public @Nullable String deviceType;
    @SerializedName("NowPlayingItem")
    public @Nullable BaseItemDto nowPlayingItem;
    @SerializedName("NowViewingItem")
    public @Nullable BaseItemDto nowViewingItem;
    @SerializedName("DeviceId")
    public @Nullable String deviceId;
    @SerializedName("ApplicationVersion")
    public @Nullable String applicationVersion;
    @SerializedName("TranscodingInfo")
    public @Nullable TranscodingInfo transcodingInfo;
    @SerializedName("IsActive")
    public @Nullable Boolean isActive;
    @SerializedName("SupportsMediaControl")
    public @Nullable Boolean supportsMediaControl;
    @SerializedName("SupportsRemoteControl")
    public @Nullable Boolean supportsRemoteControl;
    @SerializedName("NowPlayingQueue")
    public @Nullable List<QueueItem> nowPlayingQueue;
    @SerializedName("NowPlayingQueueFullItems")
    public @Nullable List<BaseItemDto> nowPlayingQueueFullItems;
    @SerializedName("HasCustomDeviceName")
    public @Nullable Boolean hasCustomDeviceName;
    @SerializedName("PlaylistItemId")
    public @Nullable String playlistItemId;
    @SerializedName("ServerId")
    public @Nullable String serverId;
    @SerializedName("UserPrimaryImageTag")
    public @Nullable String userPrimaryImageTag;
    @SerializedName("SupportedCommands")
    public @Nullable List<GeneralCommandType> supportedCommands;
}
