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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * A plain HTTP client for the simulator's own tests: {@code probe.header("X-Emby-Token", key).get("/Sessions")}.
 * Paths are API paths (the Emby base path is added).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class HttpProbe {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(SimTestSupport.WAIT).build();
    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();

    HttpProbe(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static HttpProbe of(JellyfinSimulator sim) {
        return new HttpProbe(sim.baseUrl());
    }

    /** With the Jellyfin Authorization header, or Emby's X-Emby-Token. */
    static HttpProbe as(JellyfinSimulator sim, String token) {
        HttpProbe probe = of(sim);
        return sim.dialect().isEmby() ? probe.header("X-Emby-Token", token)
                : probe.header("Authorization", SimScript.authorization(token));
    }

    HttpProbe header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(SimTestSupport.WAIT);
        headers.forEach(builder::header);
        return CLIENT.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send("POST", path, null);
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json);
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null);
    }

    HttpResponse<String> send(String method, String path, @Nullable String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(SimTestSupport.WAIT);
        headers.forEach(builder::header);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonElement json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body());
    }
}
