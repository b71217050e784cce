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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One HTTP request to a server: filled in by a {@link ServerDialect} (query, body, then the authorization
 * headers) and only read after that, when {@link HttpExecutor} sends it. The path is relative to the server
 * root and includes the dialect's base path (e.g. {@code /emby/Sessions}); query values are kept raw, in
 * order, and encoded by {@link #target()}. Headers may hold secrets: never log them.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ApiRequest {

    private static final Set<String> SECRET_QUERY_NAMES = Set.of("api_key", "apikey", "token", "x-emby-token",
            "accesstoken", "pw", "password");

    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable String jsonBody;
    private boolean sensitive;

    /**
     * @param method GET, POST or DELETE
     * @param path the already-encoded path, starting with '/'
     */
    public ApiRequest(String method, String path) {
        this.method = method;
        this.path = path;
    }

    /**
     * Adds a query parameter; a null value is skipped, so optional parameters need no condition.
     */
    public ApiRequest query(String name, @Nullable Object value) {
        if (value != null) {
            query.add(Map.entry(name, String.valueOf(value)));
        }
        return this;
    }

    /**
     * Sets a header, replacing one of the same name.
     */
    public ApiRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ApiRequest json(@Nullable String json) {
        this.jsonBody = json;
        return this;
    }

    /**
     * Marks the request as carrying secrets in its body or answer (login), so neither may be logged.
     */
    public ApiRequest sensitive() {
        this.sensitive = true;
        return this;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /**
     * @return the query parameters in order, with raw values
     */
    public List<Map.Entry<String, String>> query() {
        return Collections.unmodifiableList(query);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    public @Nullable String jsonBody() {
        return jsonBody;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    /**
     * @return the first value of a query parameter, or null
     */
    public @Nullable String queryValue(String name) {
        for (Map.Entry<String, String> p : query) {
            if (p.getKey().equals(name)) {
                return p.getValue();
            }
        }
        return null;
    }

    /**
     * @return the path with the encoded query string, e.g. {@code /Sessions?activeWithinSeconds=960}
     */
    public String target() {
        return path + queryString(false);
    }

    /**
     * @return the target with secret query values replaced by "***", for log lines and error messages
     */
    public String redactedTarget() {
        return path + queryString(true);
    }

    private String queryString(boolean redact) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> p : query) {
            String name = p.getKey();
            sb.append(sb.isEmpty() ? '?' : '&').append(encode(name)).append('=');
            boolean secret = SECRET_QUERY_NAMES.contains(name.toLowerCase(Locale.ROOT));
            sb.append(redact && secret ? "***" : encode(p.getValue()));
        }
        return sb.toString();
    }

    /**
     * Percent-encodes a path segment or a query value (RFC 3986 unreserved characters stay as they are).
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~")
                .replace("*", "%2A");
    }

    @Override
    public String toString() {
        return method + " " + redactedTarget();
    }
}
