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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code POST /Users/AuthenticateByName}: the access token, the user and the session created for it.
 * {@link #toString()} never shows the token.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class AuthenticationResult {
    private @Nullable UserDto user;
    private @Nullable SessionInfo sessionInfo;
    private @Nullable String accessToken;
    private @Nullable String serverId;

    public @Nullable UserDto getUser() {
        return user;
    }

    public @Nullable SessionInfo getSessionInfo() {
        return sessionInfo;
    }

    public String getAccessToken() {
        String v = accessToken;
        return v != null ? v : "";
    }

    public String getUserId() {
        UserDto u = user;
        return u != null ? u.getId() : "";
    }

    @Override
    public String toString() {
        return "AuthenticationResult[user=" + getUserId() + ", server=" + serverId + "]";
    }
}
