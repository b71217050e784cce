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

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A request as the simulator received it. {@link #path()} is the full path (with {@code /emby} on
 * Emby), {@link #apiPath()} the path below the base. Header names are stored lower-case.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RecordedRequest {
    private final Instant received;
    private final long arrivalNanos;
    private final String method;
    private final String path;
    private final String apiPath;
    private final @Nullable String rawQuery;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final String body;
    private volatile int status;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<String> responseViolations = new CopyOnWriteArrayList<>();

    RecordedRequest(Instant received, long arrivalNanos, String method, String path, String apiPath,
            @Nullable String rawQuery, Map<String, List<String>> query, Map<String, String> headers, String body) {
        this.received = received;
        this.arrivalNanos = arrivalNanos;
        this.method = method;
        this.path = path;
        this.apiPath = apiPath;
        this.rawQuery = rawQuery;
        this.query = query;
        this.headers = headers;
        this.body = body;
    }

    /** @return when the request arrived on the simulator's clock (scripted unless the test chose another) */
    public Instant received() {
        return received;
    }

    /**
     * @return {@link System#nanoTime()} when the simulator's handler took the request, before it read the body;
     *         for latency measurements in the same JVM
     */
    public long arrivalNanos() {
        return arrivalNanos;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String apiPath() {
        return apiPath;
    }

    public @Nullable String rawQuery() {
        return rawQuery;
    }

    public Map<String, List<String>> query() {
        return query;
    }

    /** @return the first value of a query parameter (name matched case-insensitively), or null */
    public @Nullable String queryParam(String name) {
        return query.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().isEmpty() ? "" : e.getValue().get(0)).findFirst().orElse(null);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String body() {
        return body;
    }

    /** @return the status the simulator answered, 0 while the request is still being handled */
    public int status() {
        return status;
    }

    void setStatus(int status) {
        this.status = status;
    }

    /** @return why the request does not conform to the version's spec (strict mode), empty if it does */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    void addViolation(String violation) {
        violations.add(violation);
    }

    /** @return why the simulator's own answer does not conform to the spec (a simulator bug) */
    public List<String> responseViolations() {
        return List.copyOf(responseViolations);
    }

    void addResponseViolation(String violation) {
        responseViolations.add(violation);
    }

    @Override
    public String toString() {
        String q = rawQuery;
        return method + " " + path + (q == null ? "" : "?" + redact(q)) + " -> " + status;
    }

    private static String redact(String query) {
        return query.replaceAll("(?i)(api_?key=)[^&]*", "$1***");
    }
}
