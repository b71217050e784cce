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

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.MessageTooLargeException;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.api.UpgradeException;
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
 * its own threads. Failures are described from their type and status only: exception messages may carry the
 * socket URI, and Emby's carries the API key.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class StreamConnection implements WriteCallback {

    private static final int MAX_CLOSE_REASON = 80;
    private static final int MAX_CAUSES = 8;

    private final Logger logger = LoggerFactory.getLogger(StreamConnection.class);
    private final WebSocketClient webSocketClient;
    private final int maxMessageBytes;
    private final SerialQueue queue;
    /** told what happens to the current socket, on its queue and for the current generation only */
    private final SessionStream stream;
    private final Object lock = new Object();
    private final AtomicLong generation = new AtomicLong();
    private volatile long lastMessageNanos = System.nanoTime();
    private @Nullable Session openSession = null; // guarded by lock
    private boolean enabled; // guarded by lock

    StreamConnection(WebSocketClient webSocketClient, int maxMessageBytes, SerialQueue queue, SessionStream stream) {
        this.webSocketClient = webSocketClient;
        this.maxMessageBytes = maxMessageBytes;
        this.queue = queue;
        this.stream = stream;
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

    /** @return the open socket of this generation, or null when it is closed or a newer generation started */
    private @Nullable Session sessionOf(long gen) {
        synchronized (lock) {
            return gen == generation.get() ? openSession : null;
        }
    }

    /** Sends a text message on the socket of this generation, if it is still open; never blocks. */
    void send(long gen, String text) {
        Session session = sessionOf(gen);
        if (session == null) {
            return;
        }
        // no isOpen() check: the session counts as open only once onWebSocketConnect has returned
        try {
            session.getRemote().sendString(text, this);
        } catch (RuntimeException e) {
            // Jetty refuses to send on a socket that is closing; its close event follows
            logger.debug("Sending to the server failed: {}", describe(e));
        }
    }

    /**
     * Sends a WebSocket ping on the socket of this generation. The servers answer pings on their own, also on
     * sockets that get no keep-alive echo (API-key sockets of Jellyfin 10.8-10.10), so the pong feeds the watchdog.
     */
    void ping(long gen) {
        Session session = sessionOf(gen);
        if (session == null) {
            return;
        }
        try {
            session.getRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | RuntimeException e) {
            logger.debug("Sending a ping failed: {}", describe(e));
        }
    }

    @Override
    public void writeFailed(@Nullable Throwable x) {
        logger.debug("Sending to the server failed: {}", x != null ? describe(x) : "");
    }

    @Override
    public void writeSuccess() {
    }

    /** @return nanoseconds since the last message of the current socket (or since it opened) */
    long silentNanos() {
        return System.nanoTime() - lastMessageNanos;
    }

    // ---- Jetty threads, from the StreamSocket of each generation

    void opened(long gen, Session session) {
        synchronized (lock) {
            if (enabled && gen == generation.get()) {
                openSession = session;
                lastMessageNanos = System.nanoTime();
                queue.execute(() -> ifCurrent(gen, () -> stream.connected(gen)));
                return;
            }
        }
        session.close(StatusCode.NORMAL, "outdated");
    }

    void text(long gen, String text) {
        if (gen == generation.get()) {
            lastMessageNanos = System.nanoTime();
            queue.execute(() -> ifCurrent(gen, () -> stream.received(gen, text)));
        }
    }

    void pong(long gen) {
        if (gen == generation.get()) {
            lastMessageNanos = System.nanoTime();
        }
    }

    void closed(long gen, int statusCode, @Nullable String reason) {
        if (gen == generation.get()) {
            String detail = closeReason(statusCode, reason);
            queue.execute(() -> ifCurrent(gen, () -> stream.lost(gen, detail)));
        }
    }

    void failed(long gen, Throwable cause) {
        if (gen != generation.get()) {
            return;
        }
        int status = upgradeStatus(cause);
        if (status == 401 || status == 403) {
            queue.execute(() -> ifCurrent(gen, () -> stream.authRejected(status)));
        } else {
            String detail = describe(cause);
            queue.execute(() -> ifCurrent(gen, () -> stream.lost(gen, detail)));
        }
    }

    private void ifCurrent(long gen, Runnable action) {
        if (gen == generation.get()) {
            action.run();
        }
    }

    private static String closeReason(int statusCode, @Nullable String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() > MAX_CLOSE_REASON) {
            text = text.substring(0, MAX_CLOSE_REASON) + "...";
        }
        return "closed by the server, code " + statusCode + (text.isEmpty() ? "" : ": " + text);
    }

    /** @return a description of a connection failure that never contains the exception's message */
    static String describe(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof UpgradeException u && u.getResponseStatusCode() > 0) {
                return "the server refused the socket with HTTP " + u.getResponseStatusCode();
            }
            if (t instanceof MessageTooLargeException) {
                return "a message was larger than the limit";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to the host";
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return "timed out";
            }
            if (t instanceof EOFException || t instanceof ClosedChannelException) {
                return "connection closed";
            }
        }
        return failure.getClass().getSimpleName();
    }

    /**
     * @return the HTTP status of a refused upgrade, or 0
     */
    private static int upgradeStatus(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof UpgradeException u) {
                return u.getResponseStatusCode();
            }
        }
        return 0;
    }
}
