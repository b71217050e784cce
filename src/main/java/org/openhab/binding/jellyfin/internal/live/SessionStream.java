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
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.binding.jellyfin.internal.api.Credentials;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.ServerDialect;
import org.openhab.binding.jellyfin.internal.api.WebSocketTarget;
import org.openhab.binding.jellyfin.internal.live.SerialQueue.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live session state of one server, for one bridge: keeps a WebSocket open (reconnecting forever with the
 * injected backoff), subscribes to {@code Sessions} pushes where the server allows it and polls
 * {@code GET /Sessions} where it does not, and turns every session list into a snapshot and its diff
 * (shared/PROTOCOL.md, "WebSocket"). Knows nothing of Things: the bridge maps the stream's {@link State} to its status.
 * <p>
 * All work runs on one logical queue on the given scheduler; {@link #start()} and {@link #stop()} never block.
 * Every connection attempt is a new generation and events of older sockets are dropped. Keep-alives are sent
 * every ForceKeepAlive/2 (or the configured interval when the server asks for none), each with a WebSocket ping
 * (answered also where keep-alives are not echoed), and a watchdog restarts the connection when the socket stays
 * silent. A lost connection is INTERRUPTED at first and DOWN only after the offline threshold; credentials
 * refused (HTTP 401/403) end all attempts until {@link #start()}. Status reasons are written for users: what
 * happened and, where they can, what to do.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SessionStream {

    /**
     * What the stream is doing, reported to {@link SessionStreamListener#onStreamStatus} on changes only.
     */
    public enum State {
        /** Opening the socket for the first time since {@code start()}. */
        CONNECTING,
        /** The socket is subscribed to session updates; pushes arrive. */
        LIVE,
        /** The server refused the subscription: session state is polled; the socket stays for other pushes. */
        POLLING,
        /** The connection was lost and is being re-established; short enough to keep the server online. */
        INTERRUPTED,
        /** No connection for longer than the offline threshold. */
        DOWN,
        /** The server rejected the credentials (HTTP 401/403): no further attempts until started again. */
        AUTH_REJECTED
    }

    private static final String KEEP_ALIVE_MESSAGE = "{\"MessageType\":\"KeepAlive\"}";
    /** How long to wait for the echo that shows the server has handled {@code SessionsStart}. */
    private static final Duration MAX_SUBSCRIBE_WAIT = Duration.ofSeconds(2);

    private final Logger logger = LoggerFactory.getLogger(SessionStream.class);
    private final JellyfinClient client;
    private final boolean administrator;
    private final StreamSettings settings;
    private final SerialQueue queue;
    private final StreamConnection connection;
    private final StreamNotifier notifier;
    private final SessionFeed feed;
    private final MessageParser parser;
    private final Object lifecycle = new Object();

    // touched on the queue only
    private boolean connected;
    private boolean outage;
    private int failedAttempts;
    private String lastFailure = "";
    private @Nullable String announced = null;
    private boolean subscribing;
    private Duration keepAlive;
    private Timer connectTimer = SerialQueue.NO_TIMER;
    private Timer reconnectTimer = SerialQueue.NO_TIMER;
    private Timer downTimer = SerialQueue.NO_TIMER;
    private Timer watchdogTimer = SerialQueue.NO_TIMER;
    private Timer keepAliveTimer = SerialQueue.NO_TIMER;
    private Timer subscribeTimer = SerialQueue.NO_TIMER;

    /**
     * @param client the authenticated client of the server
     * @param administrator whether the logged-in user is an administrator (ignored for API keys)
     * @param webSocketClient a started Jetty WebSocket client (in openHAB from {@code WebSocketFactory}, one per
     *            bridge); the stream does not stop it
     * @param scheduler where all the stream's work runs
     * @param settings timing and limits ({@link StreamSettings#defaults()})
     * @param listener receives snapshots, user data and status
     */
    public SessionStream(JellyfinClient client, boolean administrator, WebSocketClient webSocketClient,
            ScheduledExecutorService scheduler, StreamSettings settings, SessionStreamListener listener) {
        this.client = client;
        this.administrator = administrator;
        this.settings = settings;
        this.queue = new SerialQueue(scheduler);
        ParserLimits limits = new ParserLimits(settings.maxMessageBytes(), ParserLimits.DEFAULT.maxStringChars(),
                ParserLimits.DEFAULT.maxNestingDepth(), ParserLimits.DEFAULT.maxListEntries());
        this.parser = new MessageParser(limits);
        this.connection = new StreamConnection(webSocketClient, settings.maxMessageBytes(), queue, this);
        this.notifier = new StreamNotifier(listener);
        this.feed = new SessionFeed(client, queue, settings, notifier, this, new SessionsParser(limits));
        this.keepAlive = settings.keepAliveInterval();
    }

    /** Connects in the background; does nothing while running. Also starts again after AUTH_REJECTED. */
    public void start() {
        synchronized (lifecycle) {
            if (queue.isOpen()) {
                return;
            }
            notifier.open();
            connection.enable();
            queue.open();
            queue.execute(this::begin);
        }
    }

    /** Cancels every job and closes the socket without waiting; no listener call begins afterwards. */
    public void stop() {
        synchronized (lifecycle) {
            notifier.close();
            queue.close();
            connection.disable();
        }
    }

    /** @return the latest snapshot ({@link SessionSnapshot#EMPTY} before the first list) */
    public SessionSnapshot currentSnapshot() {
        return feed.current();
    }

    /** Fetches {@code GET /Sessions} once more (e.g. right after a command) and publishes what changed. */
    public void refreshNow() {
        queue.execute(feed::refresh);
    }

    // ---- connection state

    private void begin() {
        // a task that was still running when stop() was called may have set timers: they belong to the old run
        cancelConnectionTimers();
        reconnectTimer.cancel();
        downTimer.cancel();
        feed.disconnected();
        connected = false;
        subscribing = false;
        announced = null;
        failedAttempts = 0;
        lastFailure = "not connected yet";
        feed.started();
        notifier.status(State.CONNECTING, null);
        outage = true;
        downTimer = queue.schedule(this::offlineTooLong, settings.offlineThreshold());
        connect();
    }

    private void connect() {
        WebSocketTarget target;
        try {
            target = client.webSocketTarget();
        } catch (JellyfinApiException e) {
            rejected(e.getMessage());
            return;
        }
        logger.debug("Opening the session stream to {}", target.redactedUri());
        try {
            long gen = connection.open(target);
            connectTimer = queue.schedule(() -> lost(gen, "the server did not accept the socket in time"),
                    settings.connectTimeout());
        } catch (IOException e) {
            lost(connection.generation(), StreamConnection.describe(e));
        }
    }

    /** @return the generation of the current socket (see {@link StreamConnection}) */
    long generation() {
        return connection.generation();
    }

    /** @return whether the socket of the current generation is open */
    boolean isConnected() {
        return connected;
    }

    /** The socket of this generation opened. */
    void connected(long gen) {
        connectTimer.cancel();
        downTimer.cancel();
        outage = false;
        connected = true;
        announced = null;
        keepAlive = settings.keepAliveInterval();
        scheduleKeepAlive(gen);
        watchdogTimer = queue.schedule(() -> watchdog(gen), settings.watchdog());
        Credentials credentials = client.credentials();
        boolean apiKey = credentials != null && credentials.isApiKey();
        if (client.dialect().allowsSubscription(apiKey, administrator)) {
            // the server handles messages in order: the echo of this keep-alive shows the subscription is in place
            connection.send(gen,
                    "{\"MessageType\":\"SessionsStart\",\"Data\":\"" + settings.sessionsStartData() + "\"}");
            connection.send(gen, KEEP_ALIVE_MESSAGE);
            subscribing = true;
            Duration grace = settings.subscriptionGrace();
            subscribeTimer = queue.schedule(() -> subscribed(gen),
                    grace.compareTo(MAX_SUBSCRIBE_WAIT) < 0 ? grace : MAX_SUBSCRIBE_WAIT);
        } else {
            feed.connected(gen, refusedByPolicy(client.dialect(), apiKey));
        }
    }

    /** The server has handled {@code SessionsStart} (or did not echo in time): resync and report LIVE. */
    private void subscribed(long gen) {
        if (subscribing && gen == connection.generation()) {
            subscribing = false;
            subscribeTimer.cancel();
            feed.connected(gen, null);
        }
    }

    /** The connection of this generation is gone: clean up, report, and schedule the next attempt. */
    void lost(long gen, String detail) {
        if (gen != connection.generation()) {
            return;
        }
        connection.close(true);
        connected = false;
        subscribing = false;
        cancelConnectionTimers();
        feed.disconnected();
        // a restart or shutdown the server announced stays the reason until a connection succeeds again
        String why = announced != null ? announced : detail;
        lastFailure = why;
        logger.debug("Session stream interrupted: {}", why);
        if (!outage) {
            outage = true;
            downTimer = queue.schedule(this::offlineTooLong, settings.offlineThreshold());
        }
        if (notifier.state() != State.DOWN) {
            notifier.status(State.INTERRUPTED, "Connection to the server lost (" + why + "), reconnecting");
        }
        failedAttempts++;
        reconnectTimer = queue.schedule(this::connect, settings.backoff().delay(failedAttempts));
    }

    private void offlineTooLong() {
        if (!connected) {
            notifier.status(State.DOWN, "No connection to the server for more than "
                    + seconds(settings.offlineThreshold()) + " (" + lastFailure + ")");
        }
    }

    /** The server refused the credentials with this HTTP status (0 when unknown): see {@link #rejected(String)}. */
    void authRejected(int httpStatus) {
        rejected("The server rejected the credentials" + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : "")
                + ": the token was revoked or the API key deleted. Log in again or configure a valid API key.");
    }

    /** The server refused the credentials: report it and stop trying until started again. */
    private void rejected(String reason) {
        connection.close(true);
        connected = false;
        notifier.status(State.AUTH_REJECTED, reason);
        logger.debug("Session stream stopped: {}", reason);
        queue.close();
    }

    private void watchdog(long gen) {
        long silentNanos = connection.silentNanos();
        long limitNanos = settings.watchdog().toNanos();
        if (silentNanos >= limitNanos) {
            lost(gen, "no message from the server for " + seconds(settings.watchdog()));
        } else if (gen == connection.generation()) {
            watchdogTimer = queue.schedule(() -> watchdog(gen), Duration.ofNanos(limitNanos - silentNanos));
        }
    }

    private void scheduleKeepAlive(long gen) {
        keepAliveTimer.cancel();
        keepAliveTimer = queue.schedule(() -> {
            if (gen == connection.generation()) {
                connection.send(gen, KEEP_ALIVE_MESSAGE);
                connection.ping(gen);
                scheduleKeepAlive(gen);
            }
        }, keepAlive);
    }

    private void cancelConnectionTimers() {
        connectTimer.cancel();
        watchdogTimer.cancel();
        keepAliveTimer.cancel();
        subscribeTimer.cancel();
    }

    // ---- messages

    /** A text message arrived on the socket of this generation. */
    void received(long gen, String text) {
        failedAttempts = 0;
        logger.trace("Received {}", text);
        LiveMessage message = parser.parse(text);
        if (message instanceof LiveMessage.Sessions sessions) {
            subscribed(gen);
            feed.pushed(sessions.sessions());
        } else if (message instanceof UserDataChange change) {
            feed.userDataChanged(change);
        } else if (message instanceof LibraryChange change) {
            notifier.library(change);
        } else if (message instanceof LiveMessage.Other other) {
            LiveParseException failure = other.failure();
            switch (other.type()) {
                case LiveMessage.KEEP_ALIVE -> subscribed(gen);
                case LiveMessage.FORCE_KEEP_ALIVE -> {
                    Duration half = Duration.ofMillis(other.timeoutSeconds() * 500L);
                    keepAlive = half.compareTo(settings.keepAliveInterval()) < 0 ? half : settings.keepAliveInterval();
                    connection.send(gen, KEEP_ALIVE_MESSAGE);
                    scheduleKeepAlive(gen);
                }
                case LiveMessage.SERVER_RESTARTING -> announced = "the server is restarting";
                case LiveMessage.SERVER_SHUTTING_DOWN -> announced = "the server is shutting down";
                default -> {
                    if (failure != null) {
                        logger.debug("Ignoring a message that could not be parsed: {} {}", failure.kind(),
                                failure.getMessage());
                    } else {
                        logger.trace("Ignoring a {} message", other.type());
                    }
                }
            }
        }
    }

    private String refusedByPolicy(ServerDialect dialect, boolean apiKey) {
        String who = apiKey ? "API keys" : "users who are not administrators";
        String fix;
        if (apiKey) {
            fix = "Log in with an administrator account, or update to Jellyfin 10.10.6 or later to keep the API key.";
        } else if (dialect.allowsSubscription(true, false)) {
            fix = "Log in with an administrator account or use an API key, or update to Jellyfin 10.11 or later.";
        } else {
            fix = "Log in with an administrator account, or update to Jellyfin 10.11 or later.";
        }
        return dialect.name() + " sends no live session updates to " + who + ": polling every "
                + seconds(settings.pollInterval()) + " instead. " + fix;
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
