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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.api.WriteCallback;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The server side of one client WebSocket: keep-alive, SessionsStart/SessionsStop and the pushes.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimSocket implements WebSocketListener {
    private static final WriteCallback IGNORE_RESULT = new WriteCallback() {
        @Override
        public void writeFailed(@Nullable Throwable x) {
            // a failed write shows up as a closed socket
        }

        @Override
        public void writeSuccess() {
        }
    };
    private final SocketHub hub;
    final SimToken token;
    final @Nullable String sessionId;
    private @Nullable Session socket;
    volatile boolean subscribed;
    volatile long intervalMs = 1000;
    volatile @Nullable Instant lastSent;

    SimSocket(SocketHub hub, SimToken token, @Nullable String sessionId) {
        this.hub = hub;
        this.token = token;
        this.sessionId = sessionId;
    }

    @Override
    public void onWebSocketConnect(@Nullable Session session) {
        this.socket = session;
        hub.connected(this);
        if (sessionId != null) {
            send("ForceKeepAlive", new com.google.gson.JsonPrimitive(hub.keepAliveSeconds()));
        }
    }

    @Override
    public void onWebSocketText(@Nullable String message) {
        JsonObject json = message == null ? null : SimJson.parseObject(message);
        String type = SimJson.string(json, "MessageType");
        if (type == null) {
            return;
        }
        switch (type) {
            case "KeepAlive" -> send("KeepAlive", null);
            case "SessionsStart" -> hub.subscribe(this, SimJson.string(json, "Data"));
            case "SessionsStop" -> subscribed = false;
            default -> hub.received(this, type);
        }
    }

    @Override
    public void onWebSocketBinary(byte @Nullable [] payload, int offset, int len) {
        // the servers ignore binary frames
    }

    @Override
    public void onWebSocketClose(int statusCode, @Nullable String reason) {
        hub.disconnected(this);
    }

    @Override
    public void onWebSocketError(@Nullable Throwable cause) {
        hub.disconnected(this);
    }

    boolean isOpen() {
        Session s = socket;
        return s != null && s.isOpen();
    }

    void send(String messageType, @Nullable JsonElement data) {
        JsonObject message = new JsonObject();
        message.addProperty("MessageType", messageType);
        SimJson.put(message, "Data", data);
        if (!hub.isEmby()) {
            message.addProperty("MessageId", SimJson.guid("msg-" + System.nanoTime() + messageType));
        }
        sendFrame(messageType, SimJson.write(message));
    }

    void sendRaw(String text) {
        sendFrame(null, text);
    }

    private synchronized void sendFrame(@Nullable String messageType, String text) {
        Session s = socket;
        if (s != null && s.isOpen()) {
            if (messageType != null) {
                hub.sending(messageType);
            }
            s.getRemote().sendString(text, IGNORE_RESULT);
        }
    }

    void drop() {
        Session s = socket;
        if (s != null) {
            try {
                s.disconnect();
            } catch (java.io.IOException e) {
                s.close();
            }
        }
    }

    void close(int code, String reason) {
        Session s = socket;
        if (s != null) {
            s.close(code, reason);
        }
    }
}
