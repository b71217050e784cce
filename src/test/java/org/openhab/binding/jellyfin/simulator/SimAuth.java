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
package org.openhab.binding.jellyfin.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads the credentials of a request as the server of the current dialect and version does (see
 * shared/PROTOCOL.md, "Authentication"). Forms the version does not accept are ignored, as the
 * server ignores them, so the request ends up unauthenticated (401).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimAuth {
    private static final Pattern PARAM = Pattern.compile("(\\w+)\\s*=\\s*(\"([^\"]*)\"|[^,\\s]*)");

    /** What the request presented: the auth header's parameters (Client, Device…) and a token. */
    record Presented(Map<String, String> params, @Nullable String token) {
        String param(String name) {
            return params.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private SimAuth() {
    }

    /**
     * @param header a header by name (case-insensitive), or null
     * @param query a query parameter by exact name, or null
     */
    static Presented read(SimRules rules, Function<String, @Nullable String> header,
            Function<String, @Nullable String> query) {
        boolean legacy = rules.isEmby() || rules.legacyAuthAccepted();
        Map<String, String> params = new LinkedHashMap<>();
        String authorization = header.apply("Authorization");
        if (authorization != null) {
            String scheme = authorization.trim().split("\\s+", 2)[0];
            if ("MediaBrowser".equalsIgnoreCase(scheme) || ("Emby".equalsIgnoreCase(scheme) && legacy)) {
                params.putAll(parse(authorization));
            }
        }
        String embyAuthorization = header.apply("X-Emby-Authorization");
        if (params.isEmpty() && embyAuthorization != null && legacy) {
            params.putAll(parse(embyAuthorization));
        }
        String token = nonEmpty(params.get("token"));
        if (token == null && legacy) {
            token = nonEmpty(header.apply("X-Emby-Token"));
            if (token == null && !rules.isEmby()) {
                token = nonEmpty(header.apply("X-MediaBrowser-Token"));
            }
        }
        if (token == null && !rules.isEmby()) {
            token = nonEmpty(query.apply("ApiKey"));
        }
        if (token == null && legacy) {
            token = nonEmpty(query.apply("api_key"));
        }
        return new Presented(params, token);
    }

    static Optional<SimToken> authenticate(SimAccounts accounts, Presented presented) {
        return accounts.token(presented.token());
    }

    /** Parses {@code MediaBrowser Client="x", Device="y", Token="z"}; values may be URL-encoded. */
    static Map<String, String> parse(String header) {
        Map<String, String> params = new LinkedHashMap<>();
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length < 2) {
            return params;
        }
        Matcher m = PARAM.matcher(parts[1]);
        while (m.find()) {
            String raw = m.group(3) != null ? m.group(3) : m.group(2);
            params.put(m.group(1).toLowerCase(Locale.ROOT), decode(raw));
        }
        return params;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static @Nullable String nonEmpty(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
