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
package org.openhab.binding.jellyfin.benchmark;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.websocket.api.WebSocketAdapter;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * A raw WebSocket client (Jetty, as the binding's) that only notes when each {@code Sessions} push arrives as text:
 * the loopback baseline of the push latency.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
final class LoopbackSocket extends WebSocketAdapter implements AutoCloseable {

    private static final String SESSIONS = "{\"MessageType\":\"Sessions\"";
    private static final String KEEP_ALIVE = "{\"MessageType\":\"KeepAlive\"";

    /** A received push: when it arrived ({@link System#nanoTime()}) and its size in UTF-8 bytes. */
    record Arrival(long nanoTime, int bytes) {
    }

    private final WebSocketClient client = new WebSocketClient();
    private final BlockingQueue<Arrival> pushes = new LinkedBlockingQueue<>();
    private final BlockingQueue<Long> keepAlives = new LinkedBlockingQueue<>();

    /** Connects with a Jellyfin token and subscribes to {@code Sessions} pushes. */
    static LoopbackSocket subscribe(String url, String authorization) throws Exception {
        LoopbackSocket socket = new LoopbackSocket();
        socket.client.setMaxTextMessageBufferSize(8 << 20);
        socket.client.getPolicy().setMaxTextMessageSize(8 << 20);
        socket.client.start();
        ClientUpgradeRequest request = new ClientUpgradeRequest();
        request.setHeader("Authorization", authorization);
        socket.client.connect(socket, URI.create(url), request).get(10, TimeUnit.SECONDS);
        socket.getRemote().sendString("{\"MessageType\":\"SessionsStart\",\"Data\":\"0,1500\"}");
        // the server handles messages in order: once KeepAlive is answered the subscription is in place
        socket.getRemote().sendString("{\"MessageType\":\"KeepAlive\"}");
        if (socket.keepAlives.poll(10, TimeUnit.SECONDS) == null) {
            socket.close();
            throw new IllegalStateException("no KeepAlive answer from " + url);
        }
        return socket;
    }

    @Override
    public void onWebSocketText(String message) {
        long now = System.nanoTime();
        if (message.startsWith(SESSIONS)) {
            pushes.add(new Arrival(now, message.getBytes(StandardCharsets.UTF_8).length));
        } else if (message.startsWith(KEEP_ALIVE)) {
            keepAlives.add(now);
        }
    }

    /** @return the next push */
    Arrival next() throws InterruptedException {
        Arrival arrival = pushes.poll(10, TimeUnit.SECONDS);
        if (arrival == null) {
            throw new IllegalStateException("no Sessions push within 10 s");
        }
        return arrival;
    }

    @Override
    public void close() throws Exception {
        client.stop();
    }
}
