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
package org.openhab.binding.jellyfin.internal.api.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One element of {@code GET /Sessions} (only the fields the binding uses).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class SessionInfo {
    private @Nullable String id;
    private @Nullable String userId;
    private @Nullable String userName;
    private @Nullable String client;
    private @Nullable String deviceName;
    private @Nullable String deviceId;
    private @Nullable String deviceType;
    private @Nullable String applicationVersion;
    private @Nullable Instant lastActivityDate;
    private @Nullable Boolean isActive;
    private @Nullable Boolean supportsRemoteControl;
    private @Nullable List<String> supportedCommands;
    private @Nullable List<String> playableMediaTypes;
    private @Nullable BaseItem nowPlayingItem;
    private @Nullable PlayerState playState;
    private @Nullable String serverId;

    public String getId() {
        String v = id;
        return v != null ? v : "";
    }

    public @Nullable String getUserId() {
        return userId;
    }

    public @Nullable String getUserName() {
        return userName;
    }

    public String getClient() {
        String v = client;
        return v != null ? v : "";
    }

    public String getDeviceName() {
        String v = deviceName;
        return v != null ? v : "";
    }

    public String getDeviceId() {
        String v = deviceId;
        return v != null ? v : "";
    }

    public @Nullable String getDeviceType() {
        return deviceType;
    }

    public @Nullable String getApplicationVersion() {
        return applicationVersion;
    }

    public @Nullable Instant getLastActivityDate() {
        return lastActivityDate;
    }

    /**
     * @return IsActive when the server sends it (Jellyfin), else true
     */
    public boolean isActive() {
        Boolean v = isActive;
        return v == null || v;
    }

    public boolean supportsRemoteControl() {
        Boolean v = supportsRemoteControl;
        return v != null && v;
    }

    public List<String> getSupportedCommands() {
        List<String> v = supportedCommands;
        return v != null ? v : List.of();
    }

    public List<String> getPlayableMediaTypes() {
        List<String> v = playableMediaTypes;
        return v != null ? v : List.of();
    }

    public @Nullable BaseItem getNowPlayingItem() {
        return nowPlayingItem;
    }

    public @Nullable PlayerState getPlayState() {
        return playState;
    }

    public @Nullable String getServerId() {
        return serverId;
    }
}
