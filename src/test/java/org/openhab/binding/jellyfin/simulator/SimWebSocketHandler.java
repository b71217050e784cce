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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.server.WebSocketHandler;
import org.eclipse.jetty.websocket.servlet.ServletUpgradeRequest;
import org.eclipse.jetty.websocket.servlet.ServletUpgradeResponse;
import org.eclipse.jetty.websocket.servlet.WebSocketServletFactory;

/**
 * Accepts WebSocket upgrades as the servers do: Jellyfin on any path with the Authorization header or
 * {@code ?ApiKey=} (legacy forms by version), Emby on {@code /embywebsocket?api_key=&deviceId=}.
 * Without a valid token the upgrade is refused with the version's status. Upgrades are recorded in
 * the request log with status 101 or the refusal.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimWebSocketHandler extends WebSocketHandler {
    private final SimState state;
    private final SocketHub hub;
    private final RequestLog log;

    SimWebSocketHandler(SimState state, SocketHub hub, RequestLog log) {
        this.state = state;
        this.hub = hub;
        this.log = log;
    }

    @Override
    public void configure(@Nullable WebSocketServletFactory factory) {
        if (factory == null) {
            return;
        }
        factory.getPolicy().setMaxTextMessageSize(1 << 20);
        factory.getPolicy().setIdleTimeout(hub.keepAliveSeconds() * 1000L);
        factory.setCreator(this::create);
    }

    private @Nullable Object create(ServletUpgradeRequest req, ServletUpgradeResponse resp) {
        RecordedRequest recorded = record(req);
        log.add(recorded);
        try {
            return accept(req, resp, recorded);
        } finally {
            log.answered();
        }
    }

    private @Nullable Object accept(ServletUpgradeRequest req, ServletUpgradeResponse resp,
            RecordedRequest recorded) {
        SimRules rules = state.rules();
        String path = req.getRequestURI().getPath();
        if (rules.isEmby() && !"/embywebsocket".equalsIgnoreCase(path)
                && !"/emby/embywebsocket".equalsIgnoreCase(path)) {
            return refuse(resp, recorded, 404, "Not Found");
        }
        SimAuth.Presented presented = SimAuth.read(rules, recorded::header, recorded::queryParam);
        Optional<SimToken> token = SimAuth.authenticate(state.accounts, presented);
        if (token.isEmpty()) {
            return refuse(resp, recorded, rules.socketRefusalStatus(), "Unauthorized");
        }
        String sessionId = null;
        if (!token.get().isApiKey() || rules.apiKeySocketHasSession()) {
            SimToken socketToken = token.get();
            String deviceId = recorded.queryParam("deviceId");
            if (rules.isEmby() && deviceId != null) {
                socketToken = new SimToken(socketToken.token(), socketToken.userId(), socketToken.client(),
                        socketToken.deviceName(), deviceId, socketToken.appVersion());
            }
            sessionId = state.clientSession(socketToken).id();
        }
        recorded.setStatus(101);
        return new SimSocket(hub, token.get(), sessionId);
    }

    private @Nullable Object refuse(ServletUpgradeResponse resp, RecordedRequest recorded, int status,
            String message) {
        recorded.setStatus(status);
        try {
            resp.sendError(status, message);
        } catch (java.io.IOException e) {
            resp.setStatusCode(status);
        }
        return null;
    }

    private RecordedRequest record(ServletUpgradeRequest req) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        req.getParameterMap().forEach(query::put);
        Map<String, String> headers = new LinkedHashMap<>();
        req.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        String path = req.getRequestURI().getPath();
        String apiPath = state.rules().dialect().apiPath(path);
        return new RecordedRequest(state.now(), System.nanoTime(), "GET", path, apiPath, req.getQueryString(),
                Collections.unmodifiableMap(query), Collections.unmodifiableMap(headers), "");
    }
}
