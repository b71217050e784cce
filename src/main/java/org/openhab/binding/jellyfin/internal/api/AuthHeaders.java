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
package org.openhab.binding.jellyfin.internal.api;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Builds the servers' authorization header values so that a device name with quotes, commas or line
 * breaks can neither break the header nor add fields: Jellyfin URL-decodes each value, so values are
 * percent-encoded; for Emby (whose decoding is not documented) the characters that could end a value or
 * the header are replaced instead.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AuthHeaders {

    public static final String AUTHORIZATION = "Authorization";
    public static final String EMBY_AUTHORIZATION = "X-Emby-Authorization";
    public static final String EMBY_TOKEN = "X-Emby-Token";

    private AuthHeaders() {
    }

    /**
     * {@code MediaBrowser Client="…", Device="…", DeviceId="…", Version="…"[, Token="…"]}: accepted by every
     * Jellyfin version from 10.8 on, with an access token or an API key as Token.
     */
    public static String jellyfin(ClientIdentity identity, @Nullable String token) {
        StringBuilder sb = new StringBuilder("MediaBrowser ");
        appendIdentity(sb, identity);
        if (token != null) {
            sb.append(", ").append(field("Token", token));
        }
        return sb.toString();
    }

    /**
     * {@code Emby UserId="…", Client="…", Device="…", DeviceId="…", Version="…"}; the token travels in
     * {@code X-Emby-Token}.
     */
    public static String emby(ClientIdentity identity, @Nullable String userId) {
        StringBuilder sb = new StringBuilder("Emby ");
        if (userId != null) {
            sb.append("UserId=\"").append(sanitize(userId)).append("\", ");
        }
        sb.append("Client=\"").append(sanitize(identity.client())).append("\", Device=\"")
                .append(sanitize(identity.deviceName())).append("\", DeviceId=\"").append(sanitize(identity.deviceId()))
                .append("\", Version=\"").append(sanitize(identity.version())).append('"');
        return sb.toString();
    }

    private static void appendIdentity(StringBuilder sb, ClientIdentity identity) {
        sb.append(field("Client", identity.client())).append(", ").append(field("Device", identity.deviceName()))
                .append(", ").append(field("DeviceId", identity.deviceId())).append(", ")
                .append(field("Version", identity.version()));
    }

    private static String field(String name, String value) {
        return name + "=\"" + Ids.encode(value) + "\"";
    }

    /**
     * @return the value with quotes, commas, equals signs, backslashes and control characters replaced
     */
    static String sanitize(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append('\'');
            } else if (c == ',' || c == '=' || c == '\\' || Character.isISOControl(c)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().trim();
    }
}
