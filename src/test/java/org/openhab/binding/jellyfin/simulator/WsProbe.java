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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.UpgradeException;
import org.eclipse.jetty.websocket.api.WebSocketAdapter;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

import com.google.gson.JsonObject;

/**
 * A plain Jetty WebSocket client for tests: connects with given headers, collects every message
 * and lets the test wait for one by MessageType (or assert that none came).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class WsProbe extends WebSocketAdapter implements AutoCloseable {
    private final WebSocketClient client = new WebSocketClient();
    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final List<String> raw = new ArrayList<>();
    private volatile int closeCode;

    private WsProbe() {
    }

    /**
     * @return a connected probe
     * @throws UpgradeException (wrapped in an IllegalStateException cause) when the server refused
     */
    public static WsProbe connect(String url, Map<String, String> headers) throws Exception {
        WsProbe probe = new WsProbe();
        probe.client.setMaxTextMessageBufferSize(4 << 20);
        probe.client.getPolicy().setMaxTextMessageSize(4 << 20);
        probe.client.start();
        ClientUpgradeRequest request = new ClientUpgradeRequest();
        headers.forEach(request::setHeader);
        try {
            Future<Session> future = probe.client.connect(probe, URI.create(url), request);
            future.get(SimTestSupport.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return probe;
        } catch (Exception e) {
            probe.client.stop();
            throw e;
        }
    }

    /** @return the HTTP status of a refused upgrade, or 0 when the connection succeeded */
    public static int refusalStatus(String url, Map<String, String> headers) throws Exception {
        try {
            connect(url, headers).close();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UpgradeException upgrade) {
                return upgrade.getResponseStatusCode();
            }
            throw e;
        }
    }

    @Override
    public void onWebSocketText(@Nullable String message) {
        if (message == null) {
            return;
        }
        synchronized (raw) {
            raw.add(message);
        }
        JsonObject json = SimJson.parseObject(message);
        messages.add(json == null ? new JsonObject() : json);
    }

    @Override
    public void onWebSocketClose(int statusCode, @Nullable String reason) {
        closeCode = statusCode;
        super.onWebSocketClose(statusCode, reason);
    }

    public void send(String messageType, @Nullable String data) throws Exception {
        JsonObject json = new JsonObject();
        json.addProperty("MessageType", messageType);
        SimJson.put(json, "Data", data);
        getRemote().sendString(SimJson.write(json));
    }

    /** Waits for the next message of that type, skipping others. */
    public JsonObject await(String messageType, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject next = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no " + messageType + " within " + timeout + "; received " + received());
            }
            if (messageType.equals(SimJson.string(next, "MessageType"))) {
                return next;
            }
        }
    }

    /** Asserts that no message of that type arrives within the time given (others are dropped). */
    public void assertNone(String messageType, Duration during) throws InterruptedException {
        long deadline = System.nanoTime() + during.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject next = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            if (messageType.equals(SimJson.string(next, "MessageType"))) {
                throw new AssertionError("unexpected " + next);
            }
        }
    }

    /**
     * Asserts that no message of the type arrived before the server's echo of a keep-alive sent now: the server
     * handles a socket's messages in order and sends session pushes right when something changes, so the echo
     * comes after every push caused before this call.
     */
    public void assertNoneBeforeEcho(String messageType) throws Exception {
        send("KeepAlive", null);
        long deadline = System.nanoTime() + SimTestSupport.WAIT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject next = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no KeepAlive echo within " + SimTestSupport.WAIT);
            }
            String type = SimJson.string(next, "MessageType");
            if (messageType.equals(type)) {
                throw new AssertionError("unexpected " + next);
            }
            if ("KeepAlive".equals(type)) {
                return;
            }
        }
    }

    /** Drops every message received so far. */
    public void clear() {
        messages.clear();
    }

    public List<String> received() {
        synchronized (raw) {
            return List.copyOf(raw);
        }
    }

    public int closeCode() {
        return closeCode;
    }

    @Override
    public void close() throws Exception {
        Session session = getSession();
        if (session != null) {
            session.close();
        }
        client.stop();
    }
}
