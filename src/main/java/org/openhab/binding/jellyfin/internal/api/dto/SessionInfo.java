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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One element of {@code GET /Sessions} as the client reads it: who and which device a session is, and
 * whether it can be controlled. The live updates are read by the session stream's own parser.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class SessionInfo {
    private @Nullable String id;
    private @Nullable String userId;
    private @Nullable String client;
    private @Nullable String deviceName;
    private @Nullable String deviceId;
    private @Nullable Boolean isActive;
    private @Nullable Boolean supportsRemoteControl;
    private @Nullable List<String> supportedCommands;

    public String getId() {
        String v = id;
        return v != null ? v : "";
    }

    public @Nullable String getUserId() {
        return userId;
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
}
