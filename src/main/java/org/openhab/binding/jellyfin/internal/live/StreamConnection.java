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
package org.openhab.binding.jellyfin.internal.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.binding.jellyfin.internal.api.WebSocketTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stream's WebSocket: at most one open socket, and a generation that every connection attempt and every
 * loss advances. Events of the current generation are handed to the stream's queue; events of older sockets are
 * dropped, and a socket that opens after it became outdated is closed at once. Thread-safe: Jetty calls in on
 * its own threads.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class StreamConnection implements StreamSocket.Events {

    /** What happens to the current socket; called on the stream's queue, for the current generation only. */
    interface Handler {
        void connected(long generation);

        void received(long generation, String text);

        void lost(long generation, String detail);

        void rejected(long generation, int httpStatus);
    }

    private final Logger logger = LoggerFactory.getLogger(StreamConnection.class);
    private final WebSocketClient webSocketClient;
    private final int maxMessageBytes;
    private final SerialQueue queue;
    private final Handler handler;
    private final Object lock = new Object();
    private final AtomicLong generation = new AtomicLong();
    private volatile long lastMessageNanos = System.nanoTime();
    private @Nullable Session openSession = null; // guarded by lock
    private boolean enabled; // guarded by lock

    StreamConnection(WebSocketClient webSocketClient, int maxMessageBytes, SerialQueue queue, Handler handler) {
        this.webSocketClient = webSocketClient;
        this.maxMessageBytes = maxMessageBytes;
        this.queue = queue;
        this.handler = handler;
    }

    long generation() {
        return generation.get();
    }

    /** Allows sockets to be opened (again). */
    void enable() {
        synchronized (lock) {
            enabled = true;
        }
    }

    /** Closes the socket and refuses to open another until {@link #enable()}, also from a task still running. */
    void disable() {
        synchronized (lock) {
            enabled = false;
        }
        close(false);
    }

    /**
     * Starts opening a socket as a new generation; the outcome arrives through the handler.
     *
     * @return the new generation
     * @throws IOException when Jetty refuses at once, or when disabled
     */
    long open(WebSocketTarget target) throws IOException {
        long gen;
        synchronized (lock) {
            gen = generation.incrementAndGet();
            if (!enabled) {
                throw new IOException("stopped");
            }
        }
        ClientUpgradeRequest request = new ClientUpgradeRequest();
        target.headers().forEach(request::setHeader);
        try {
            webSocketClient.connect(new StreamSocket(gen, maxMessageBytes, this), target.uri(), request);
        } catch (RuntimeException e) {
            throw new IOException(e.getClass().getSimpleName(), e);
        }
        return gen;
    }

    /** Makes every event of the current socket outdated and closes it: gracefully, or at once when hard. */
    void close(boolean hard) {
        Session session;
        synchronized (lock) {
            generation.incrementAndGet();
            session = openSession;
            openSession = null;
        }
        if (session == null) {
            return;
        }
        if (hard) {
            try {
                session.disconnect();
            } catch (IOException e) {
                logger.debug("Closing the socket failed: {}", e.getMessage());
            }
        } else {
            session.close(StatusCode.NORMAL, "bye");
        }
    }

    /** Sends a text message on the socket of this generation, if it is still open; never blocks. */
    void send(long gen, String text) {
        Session session;
        synchronized (lock) {
            session = gen == generation.get() ? openSession : null;
        }
        if (session == null) {
            return;
        }
        // no isOpen() check: the session counts as open only once onWebSocketConnect has returned
        try {
            session.getRemote().sendString(text, new WriteCallback() {
                @Override
                public void writeFailed(@Nullable Throwable x) {
                    logger.debug("Sending to the server failed: {}", x != null ? StreamReasons.describe(x) : "");
                }

                @Override
                public void writeSuccess() {
                }
            });
        } catch (RuntimeException e) {
            // Jetty refuses to send on a socket that is closing; its close event follows
            logger.debug("Sending to the server failed: {}", StreamReasons.describe(e));
        }
    }

    /**
     * Sends a WebSocket ping on the socket of this generation. The servers answer pings on their own, also on
     * sockets that get no keep-alive echo (API-key sockets of Jellyfin 10.8-10.10), so the pong feeds the watchdog.
     */
    void ping(long gen) {
        Session session;
        synchronized (lock) {
            session = gen == generation.get() ? openSession : null;
        }
        if (session == null) {
            return;
        }
        try {
            session.getRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | RuntimeException e) {
            logger.debug("Sending a ping failed: {}", StreamReasons.describe(e));
        }
    }

    /** @return nanoseconds since the last message of the current socket (or since it opened) */
    long silentNanos() {
        return System.nanoTime() - lastMessageNanos;
    }

    // ---- Jetty threads

    @Override
    public void opened(long gen, Session session) {
        synchronized (lock) {
            if (enabled && gen == generation.get()) {
                openSession = session;
                lastMessageNanos = System.nanoTime();
                queue.execute(() -> ifCurrent(gen, () -> handler.connected(gen)));
                return;
            }
        }
        session.close(StatusCode.NORMAL, "outdated");
    }

    @Override
    public void text(long gen, String text) {
        if (gen == generation.get()) {
            lastMessageNanos = System.nanoTime();
            queue.execute(() -> ifCurrent(gen, () -> handler.received(gen, text)));
        }
    }

    @Override
    public void pong(long gen) {
        if (gen == generation.get()) {
            lastMessageNanos = System.nanoTime();
        }
    }

    @Override
    public void closed(long gen, int statusCode, @Nullable String reason) {
        if (gen == generation.get()) {
            String detail = StreamReasons.closed(statusCode, reason);
            queue.execute(() -> ifCurrent(gen, () -> handler.lost(gen, detail)));
        }
    }

    @Override
    public void failed(long gen, Throwable cause) {
        if (gen != generation.get()) {
            return;
        }
        int status = StreamReasons.upgradeStatus(cause);
        if (status == 401 || status == 403) {
            queue.execute(() -> ifCurrent(gen, () -> handler.rejected(gen, status)));
        } else {
            String detail = StreamReasons.describe(cause);
            queue.execute(() -> ifCurrent(gen, () -> handler.lost(gen, detail)));
        }
    }

    private void ifCurrent(long gen, Runnable action) {
        if (gen == generation.get()) {
            action.run();
        }
    }
}
