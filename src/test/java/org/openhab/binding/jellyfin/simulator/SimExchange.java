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
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One request being answered: its recorded form, the route's path variables, the caller and the
 * answer. Query parameter names are matched case-insensitively, as the servers do.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimExchange {
    final RecordedRequest request;
    final SimState state;
    private final Map<String, String> pathVars = new LinkedHashMap<>();
    @Nullable
    SimToken caller;
    int status = 204;
    @Nullable
    String body;
    private byte @Nullable [] binary;
    private String contentType = "";

    SimExchange(RecordedRequest request, SimState state) {
        this.request = request;
        this.state = state;
    }

    void setPathVars(Map<String, String> vars) {
        pathVars.putAll(vars);
    }

    String path(String name) {
        String value = pathVars.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no {" + name + "}");
        }
        return value;
    }

    @Nullable
    String query(String name) {
        for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /** Every value of a query parameter (repeated, as arrays are sent), in order. */
    List<String> queryAll(String name) {
        List<String> values = new java.util.ArrayList<>();
        for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                values.addAll(e.getValue());
            }
        }
        return values;
    }

    @Nullable
    JsonObject jsonBody() {
        return SimJson.parseObject(request.body());
    }

    SimToken caller() {
        SimToken token = caller;
        if (token == null) {
            throw new IllegalStateException("route without authentication asked for the caller");
        }
        return token;
    }

    @Nullable
    SimUser callerUser() {
        return state.accounts.userById(caller().userId()).orElse(null);
    }

    void json(int status, JsonElement element) {
        this.status = status;
        this.body = SimJson.write(element);
    }

    /** A binary answer, e.g. an image. */
    void binary(int status, String contentType, byte[] bytes) {
        this.status = status;
        this.body = null;
        this.binary = bytes;
        this.contentType = contentType;
    }

    boolean isBinary() {
        return binary != null;
    }

    void noContent() {
        this.status = 204;
        this.body = null;
    }

    /** An error answer; the servers send a short text (Jellyfin ProblemDetails for 4xx on 10.9+ is not modelled). */
    void error(int status, String message) {
        this.status = status;
        this.body = message;
        this.binary = null;
    }

    void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        byte[] data = binary;
        if (data != null) {
            response.setContentType(contentType);
            response.setContentLength(data.length);
            response.getOutputStream().write(data);
            return;
        }
        String text = body;
        if (text == null) {
            return;
        }
        boolean json = text.startsWith("{") || text.startsWith("[");
        response.setContentType(json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
