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
 * One HTTP request to a server, as a value: built by a {@link ServerDialect}, executed by
 * {@link JellyfinClient}. The path is relative to the server root and includes the dialect's base path
 * (e.g. {@code /emby/Sessions}); query values are kept raw and encoded by {@link #target()}.
 *
 * @param method the HTTP method
 * @param path the already-encoded path, starting with '/'
 * @param query the query parameters in order, raw values
 * @param headers the headers (may hold secrets: never log them)
 * @param jsonBody a JSON body, or null
 * @param sensitive true when the body or the answer carries secrets (login), so neither may be logged
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ApiRequest(Method method, String path, List<QueryParam> query, Map<String, String> headers,
        @Nullable String jsonBody, boolean sensitive) {

    private static final Set<String> SECRET_QUERY_NAMES = Set.of("api_key", "apikey", "token", "x-emby-token",
            "accesstoken", "pw", "password");

    /**
     * HTTP methods the servers' APIs use.
     */
    public enum Method {
        GET,
        POST,
        DELETE
    }

    /**
     * One query parameter with its raw (not yet encoded) value.
     */
    public record QueryParam(String name, String value) {
    }

    public ApiRequest {
        query = List.copyOf(query);
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static Builder builder(Method method, String path) {
        return new Builder(method, path);
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

    /**
     * @return the first value of a query parameter, or null
     */
    public @Nullable String queryValue(String name) {
        for (QueryParam p : query) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    /**
     * @return a copy of this request with more headers (replacing those of the same name)
     */
    public ApiRequest withHeaders(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(more);
        return new ApiRequest(method, path, query, merged, jsonBody, sensitive);
    }

    /**
     * @return a copy of this request with one more query parameter
     */
    public ApiRequest withQuery(String name, String value) {
        List<QueryParam> more = new ArrayList<>(query);
        more.add(new QueryParam(name, value));
        return new ApiRequest(method, path, more, headers, jsonBody, sensitive);
    }

    private String queryString(boolean redact) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (QueryParam p : query) {
            sb.append(sb.isEmpty() ? '?' : '&').append(Ids.encode(p.name())).append('=');
            boolean secret = SECRET_QUERY_NAMES.contains(p.name().toLowerCase(Locale.ROOT));
            sb.append(redact && secret ? "***" : Ids.encode(p.value()));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return method + " " + redactedTarget();
    }

    /**
     * Builds an {@link ApiRequest}; optional values given as null are skipped.
     */
    public static final class Builder {
        private final Method method;
        private final String path;
        private final List<QueryParam> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private @Nullable String body;
        private boolean sensitive;

        private Builder(Method method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder query(String name, @Nullable Object value) {
            if (value != null) {
                query.add(new QueryParam(name, String.valueOf(value)));
            }
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder json(@Nullable String json) {
            this.body = json;
            return this;
        }

        public Builder sensitive() {
            this.sensitive = true;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(method, path, query, headers, body, sensitive);
        }
    }
}
