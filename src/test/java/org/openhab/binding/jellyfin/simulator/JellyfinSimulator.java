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

import java.net.SocketException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonPrimitive;

/**
 * An embedded Jellyfin/Emby server for tests: HTTP + WebSocket on 127.0.0.1 (ephemeral port),
 * one {@link Dialect}, seeded accounts ({@link SimAccounts}) and library ({@link SimLibrary}), a
 * request log with spec validation, and a script API to drive clients, time and faults.
 *
 * <pre>
 * try (JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_10).start()) {
 *     SimClient tv = sim.newClient("Living Room").add();
 *     tv.play("film-1");
 *     String url = sim.baseUrl(); // http://127.0.0.1:PORT (Emby: …/emby)
 * }
 * </pre>
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class JellyfinSimulator extends SimScript implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(JellyfinSimulator.class);

    private final Server server;
    private final ServerConnector connector;
    private final ScheduledExecutorService scheduler;
    private final boolean tls;
    private final @Nullable DiscoveryResponder discovery;
    private int port;

    JellyfinSimulator(SimulatorBuilder b) throws Exception {
        super(b, newHub());
        this.scheduler = hub.scheduler();
        QueuedThreadPool pool = new QueuedThreadPool(24, 2);
        pool.setName("sim-" + b.dialect.id());
        pool.setDaemon(true);
        server = new Server(pool);
        tls = b.tls;
        connector = tls ? new ServerConnector(server, 1, 1, selfSignedCertificate())
                : new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(b.port);
        connector.setReuseAddress(true);
        server.addConnector(connector);
        SimWebSocketHandler sockets = new SimWebSocketHandler(state, hub.hub(), log);
        sockets.setHandler(http);
        server.setHandler(sockets);
        server.setStopTimeout(0);
        server.start();
        port = connector.getLocalPort();
        discovery = b.discoveryPort < 0 ? null
                : newDiscovery(b.discoveryPort, b.dialect.isEmby());
        LOGGER.debug("Simulated {} {} listening on {}", b.dialect, state.rules().version(), baseUrl());
    }

    private static SslContextFactory.Server selfSignedCertificate() {
        URL keyStore = JellyfinSimulator.class.getResource("/simulator/self-signed.p12");
        if (keyStore == null) {
            throw new IllegalStateException("the test keystore simulator/self-signed.p12 is missing");
        }
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(keyStore.toExternalForm());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword("simulator");
        return ssl;
    }

    private static HubHolder newHub() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-scheduler");
            t.setDaemon(true);
            return t;
        });
        return new HubHolder(new SocketHub(scheduler), scheduler);
    }

    private DiscoveryResponder newDiscovery(int udpPort, boolean emby) throws SocketException {
        return new DiscoveryResponder(udpPort, emby, this::serverUrl, state.serverId, () -> serverName);
    }

    public static SimulatorBuilder builder(Dialect dialect) {
        return new SimulatorBuilder(dialect);
    }

    /** Starts a dialect with all defaults (scripted clock, strict validation when the specs are there). */
    public static JellyfinSimulator start(Dialect dialect) {
        return builder(dialect).start();
    }

    public int port() {
        return port;
    }

    /** @return {@code http://127.0.0.1:PORT} ({@code https} with TLS), without the Emby base path */
    public String serverUrl() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + port;
    }

    /** @return the REST base URL: {@code http://127.0.0.1:PORT} (Emby: {@code …/emby}) */
    public String baseUrl() {
        return serverUrl() + dialect().basePath();
    }

    /** @return where clients open the socket: Jellyfin {@code ws://…/socket}, Emby {@code ws://…/embywebsocket} */
    public String webSocketUrl() {
        return (tls ? "wss" : "ws") + "://127.0.0.1:" + port + (dialect().isEmby() ? "/embywebsocket" : "/socket");
    }

    public Optional<Integer> discoveryPort() {
        DiscoveryResponder d = discovery;
        return d == null ? Optional.empty() : Optional.of(d.port());
    }

    /** Changes the reported version and with it the version rules (e.g. 10.10.5 vs 10.10.6). */
    public JellyfinSimulator setVersion(String version) {
        state.setRules(new SimRules(dialect(), version, legacyAuthorization));
        return this;
    }

    /** Jellyfin 10.11+: the server setting EnableLegacyAuthorization (default: 10.11 true, 12.0 false). */
    public JellyfinSimulator setLegacyAuthorization(boolean enabled) {
        legacyAuthorization = enabled;
        state.setRules(new SimRules(dialect(), state.rules().version().toString(), enabled));
        return this;
    }

    /**
     * Restarts on the same port keeping all state: sockets get {@code ServerRestarting} and are
     * closed, then the server comes back.
     */
    public JellyfinSimulator restart() {
        hub.hub().broadcast("ServerRestarting", null);
        hub.hub().closeAll(1001, "Server restarting");
        try {
            server.stop();
            connector.setPort(port);
        } catch (Exception e) {
            throw new IllegalStateException("restart failed", e);
        }
        startOnSamePort();
        return this;
    }

    /** The old listening socket may take a moment to be released: retry binding for up to a second. */
    private void startOnSamePort() {
        for (int attempt = 0;; attempt++) {
            try {
                server.start();
                LOGGER.debug("restarted: open={} localPort={} attempt={}", connector.isOpen(), connector.getLocalPort(),
                        attempt);
                return;
            } catch (Exception e) {
                LOGGER.debug("restart attempt {} failed: {}", attempt, e.toString());
                if (attempt >= 50) {
                    throw new IllegalStateException("restart failed: port " + port + " stays busy", e);
                }
                stopQuietly();
                sleep(20);
            }
        }
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOGGER.debug("stopping after a failed start", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server: sockets get {@code ServerShuttingDown} first. The port stays closed. */
    public void stop() {
        if (!server.isRunning()) {
            return;
        }
        hub.hub().broadcast("ServerShuttingDown", null);
        hub.hub().closeAll(1001, "Server shutting down");
        try {
            server.stop();
        } catch (Exception e) {
            LOGGER.debug("stopping the simulator failed", e);
        }
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    @Override
    public void close() {
        stop();
        DiscoveryResponder d = discovery;
        if (d != null) {
            d.close();
        }
        scheduler.shutdownNow();
    }

    /** Sends a raw text frame to every open socket (e.g. malformed JSON). */
    public void sendRawToSockets(String text) {
        hub.hub().broadcastRaw(text);
    }

    public void sendMalformedJson() {
        sendRawToSockets("{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":");
    }

    /** Sends a valid {@code Sessions} message padded to about {@code bytes} bytes. */
    public void sendOversizedMessage(int bytes) {
        StringBuilder pad = new StringBuilder(bytes);
        while (pad.length() < bytes) {
            pad.append("0123456789abcdef");
        }
        com.google.gson.JsonArray data = new com.google.gson.JsonArray();
        com.google.gson.JsonObject filler = new com.google.gson.JsonObject();
        filler.add("Id", new JsonPrimitive("oversized"));
        filler.add("DeviceName", new JsonPrimitive(pad.toString()));
        data.add(filler);
        hub.hub().broadcast("Sessions", data);
    }

    /** Drops every socket without a close frame (as a network loss would). */
    public void dropAllSockets() {
        hub.hub().dropAll();
    }

    /** Closes every socket with a close frame. */
    public void closeAllSockets() {
        hub.hub().closeAll(1000, "closed by test");
    }

    public int openSockets() {
        return (int) hub.hub().sockets().stream().filter(SimSocket::isOpen).count();
    }

    /** Open sockets that asked for session pushes (SessionsStart) and get them. */
    public int subscribedSockets() {
        return (int) hub.hub().sockets().stream().filter(s -> s.isOpen() && s.subscribed).count();
    }

    /** Who asked for SessionsStart without the right (user ids, or "api key"): refused silently. */
    public List<String> refusedSubscriptions() {
        return new ArrayList<>(hub.hub().refusedSubscriptions());
    }

    public void failNextRequests(int count, int status) {
        faults.failNext(count, status);
    }

    public void delayNextRequests(int count, Duration delay) {
        faults.delayNext(count, delay);
    }

    /**
     * Adds a listener told of each message a socket is about to send (type and {@link System#nanoTime()}, taken
     * right before the frame is written), for latency measurements.
     */
    public void addPushListener(PushListener listener) {
        hub.hub().addPushListener(listener);
    }

    public void removePushListener(PushListener listener) {
        hub.hub().removePushListener(listener);
    }

    /** Sends a message to every socket, e.g. {@code LibraryChanged} or {@code RestartRequired}. */
    public void broadcast(String messageType) {
        hub.hub().broadcast(messageType, null);
    }
}
