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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A readable matcher of recorded requests: {@code Req.post("/Sessions/{id}/Playing/Pause")
 * .query("userId", uid).header("Authorization", "MediaBrowser")}. Paths are API paths (below
 * {@code /emby} on Emby); {@code {x}} stands for one path segment; matching is case-insensitive.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Req implements Predicate<RecordedRequest> {
    private final List<Predicate<RecordedRequest>> checks = new ArrayList<>();
    private final StringBuilder description = new StringBuilder();

    private Req(@Nullable String method, String pathTemplate) {
        Pattern path = Pattern.compile(
                Pattern.quote(pathTemplate).replaceAll("\\{\\w+\\}", "\\\\E[^/]+\\\\Q"), Pattern.CASE_INSENSITIVE);
        checks.add(r -> method == null || r.method().equalsIgnoreCase(method));
        checks.add(r -> path.matcher(r.apiPath()).matches());
        description.append(method == null ? "ANY" : method).append(' ').append(pathTemplate);
    }

    public static Req get(String path) {
        return new Req("GET", path);
    }

    public static Req post(String path) {
        return new Req("POST", path);
    }

    public static Req delete(String path) {
        return new Req("DELETE", path);
    }

    public static Req any(String path) {
        return new Req(null, path);
    }

    /** The query parameter (name case-insensitive) has exactly this value. */
    public Req query(String name, String value) {
        checks.add(r -> value.equals(r.queryParam(name)));
        description.append(" query ").append(name).append('=').append(value);
        return this;
    }

    public Req hasQuery(String name) {
        checks.add(r -> r.queryParam(name) != null);
        description.append(" with query ").append(name);
        return this;
    }

    /** The header is present and contains this text. */
    public Req header(String name, String contains) {
        checks.add(r -> {
            String value = r.header(name);
            return value != null && value.contains(contains);
        });
        description.append(" header ").append(name).append("~").append(contains);
        return this;
    }

    public Req bodyContains(String text) {
        checks.add(r -> r.body().contains(text));
        description.append(" body~").append(text);
        return this;
    }

    public Req status(int status) {
        checks.add(r -> r.status() == status);
        description.append(" -> ").append(status);
        return this;
    }

    @Override
    public boolean test(RecordedRequest request) {
        return checks.stream().allMatch(c -> c.test(request));
    }

    @Override
    public String toString() {
        return description.toString();
    }
}
