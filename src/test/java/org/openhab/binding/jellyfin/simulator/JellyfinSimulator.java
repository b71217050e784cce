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

import java.net.BindException;
import java.net.SocketException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
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

    /** How long a restart waits for the old acceptor to leave and for the port to become free. */
    private static final Duration RESTART_WAIT = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler;
    private final boolean tls;
    private final @Nullable DiscoveryResponder discovery;
    private final int port;
    /** The Jetty server of the current run: every start, the first and each restart, builds a new one. */
    private volatile Server server;

    JellyfinSimulator(SimulatorBuilder b) throws Exception {
        super(b, newHub());
        this.scheduler = hub.scheduler();
        tls = b.tls;
        server = listen(b.port);
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        discovery = b.discoveryPort < 0 ? null
                : newDiscovery(b.discoveryPort, b.dialect.isEmby());
        LOGGER.debug("Simulated {} {} listening on {}", b.dialect, state.rules().version(), baseUrl());
    }

    /**
     * Builds and starts a Jetty server of its own (thread pool, connector, handlers) on the port, as a server
     * process does when it starts. A Jetty server is never started twice: when one is stopped with a stop timeout of
     * 0 it does not wait for its acceptor thread, and an acceptor still on its way out would then call
     * {@code accept()} on the listening socket of the next start with its interrupt flag set, which closes that
     * socket for good (NIO closes an interruptible channel used by an interrupted thread).
     */
    private Server listen(int onPort) throws Exception {
        QueuedThreadPool pool = new QueuedThreadPool(24, 2);
        pool.setName("sim-" + dialect().id());
        pool.setDaemon(true);
        Server jetty = new Server(pool);
        ServerConnector connector = tls ? new ServerConnector(jetty, 1, 1, selfSignedCertificate())
                : new ServerConnector(jetty, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(onPort);
        connector.setReuseAddress(true);
        jetty.addConnector(connector);
        SimWebSocketHandler sockets = new SimWebSocketHandler(state, hub.hub(), log);
        sockets.setHandler(http);
        jetty.setHandler(sockets);
        // a stop closes connections and interrupts the threads at once, as the end of a server process would
        jetty.setStopTimeout(0);
        try {
            jetty.start();
        } catch (Exception e) {
            shutDown(jetty);
            throw e;
        }
        return jetty;
    }

    /** Stops a server and waits until its acceptor thread has left, so its listening socket is closed for good. */
    private static void shutDown(Server jetty) {
        try {
            jetty.stop();
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof AbstractConnector acceptors) {
                    acceptors.join(RESTART_WAIT.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the simulator", e);
        } catch (Exception e) {
            LOGGER.debug("stopping the simulator's server failed", e);
        }
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
     * Restarts on the same port keeping all state: sockets get {@code ServerRestarting} and are closed, the server
     * stops, and a new one listens on the same port. Also starts a stopped simulator again.
     */
    public JellyfinSimulator restart() {
        hub.hub().broadcast("ServerRestarting", null);
        hub.hub().closeAll(1001, "Server restarting");
        shutDown(server);
        server = listenOnSamePort();
        LOGGER.debug("restarted on port {}", port);
        return this;
    }

    /**
     * Listens on the port again. The old listening socket is closed when its server stops and the connector reuses
     * the address, so the port is normally free at once; should it still be taken (another process may have bound
     * it meanwhile), binding is retried until {@link #RESTART_WAIT} has passed.
     */
    private Server listenOnSamePort() {
        long deadline = System.nanoTime() + RESTART_WAIT.toNanos();
        while (true) {
            try {
                return listen(port);
            } catch (Exception e) {
                if (!isBindFailure(e) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("restart failed: cannot listen on port " + port + " again", e);
                }
                LOGGER.debug("port {} still taken: {}", port, e.toString());
                sleepBriefly();
            }
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isBindFailure(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the port", e);
        }
    }

    /** Stops the server: sockets get {@code ServerShuttingDown} first. The port stays closed. */
    public void stop() {
        if (!server.isRunning()) {
            return;
        }
        hub.hub().broadcast("ServerShuttingDown", null);
        hub.hub().closeAll(1001, "Server shutting down");
        shutDown(server);
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
     * Carries out the next {@code count} requests that match as usual, then breaks their connections instead of
     * answering, as a network that fails right after a request arrived: the client cannot know the request was
     * carried out. The request log shows them with the status they would have been answered with.
     */
    public void loseNextAnswers(Predicate<RecordedRequest> which, int count) {
        faults.loseAnswers(which, count);
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
