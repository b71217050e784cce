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
package org.openhab.binding.jellyfin.internal.handler;

import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.binding.jellyfin.internal.discovery.ClientDiscoveryService;
import org.openhab.binding.jellyfin.internal.live.Backoff;
import org.openhab.binding.jellyfin.internal.live.DiffResult;
import org.openhab.binding.jellyfin.internal.live.LibraryChange;
import org.openhab.binding.jellyfin.internal.live.SessionSnapshot;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openhab.binding.jellyfin.internal.live.SessionStream;
import org.openhab.binding.jellyfin.internal.live.SessionStreamListener;
import org.openhab.binding.jellyfin.internal.live.StreamSettings;
import org.openhab.binding.jellyfin.internal.live.UserDataChange;
import org.openhab.binding.jellyfin.internal.outbox.WriteOutbox;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.io.net.http.WebSocketFactory;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code server} bridge: connects to one Jellyfin or Emby server, authenticates and keeps the connection.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ServerBridgeHandler extends BaseBridgeHandler {

    private final Logger logger = LoggerFactory.getLogger(ServerBridgeHandler.class);
    private final ServerConnector connector;
    private final StorageService storageService;
    private final Backoff backoff;

    private ServerConfiguration config = new ServerConfiguration();
    private @Nullable Future<?> connectJob;
    private volatile @Nullable ConnectedServer connected;
    private @Nullable SessionStream stream;
    private @Nullable WebSocketClient webSocketClient;
    /** Who hears of the sessions: the bridge's client things and client discovery. */
    private final Set<ClientHandler> clients = ConcurrentHashMap.newKeySet();
    private final Set<ClientDiscoveryService> discoveryServices = ConcurrentHashMap.newKeySet();
    /** The watched state of items per user, and the sending of the outbox's writes for their users. */
    private final UserDataRelay userData;
    /** The latest sessions, for client things that start later. */
    private volatile SessionSnapshot snapshot = SessionSnapshot.EMPTY;
    private @Nullable WriteOutbox outbox;
    private LibraryEvents library = newLibraryEvents();
    /** Incremented by every (re)initialisation and dispose: completions of an older generation are dropped. */
    private volatile int generation;
    /** Guards the hand-over of the stream and its WebSocket client between connecting and dispose. */
    private final Object streamLock = new Object();
    private int failedAttempts;

    public ServerBridgeHandler(Bridge bridge, HttpClientFactory httpClientFactory, WebSocketFactory webSocketFactory,
            StorageService storageService, Backoff backoff) {
        super(bridge);
        this.connector = new ServerConnector(httpClientFactory, webSocketFactory, scheduler,
                new LoginStore(storageService), bridge.getUID());
        this.storageService = storageService;
        this.backoff = backoff;
        this.userData = new UserDataRelay(Clock.systemUTC(), clients, scheduler);
    }

    private LibraryEvents newLibraryEvents() {
        return new LibraryEvents(this::updateState, this::triggerChannel, scheduler);
    }

    @Override
    public void initialize() {
        config = getConfigAs(ServerConfiguration.class);
        library = newLibraryEvents();
        outbox = new WriteOutbox(storageService, thing.getUID().toString(), scheduler, config.maxPendingWrites,
                count -> updateState(CHANNEL_PENDING_WRITES, new DecimalType(count)), backoff);
        String problem = config.problem();
        if (problem != null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, problem);
            return;
        }
        int gen = ++generation;
        failedAttempts = 0;
        updateStatus(ThingStatus.UNKNOWN);
        connectJob = scheduler.submit(() -> connect(gen));
    }

    private void connect(int gen) {
        if (gen != generation) {
            return;
        }
        connector.connect(config, () -> scheduler.execute(this::forgetPassword)).whenComplete((server, failure) -> {
            if (gen != generation) {
                return;
            }
            if (failure != null) {
                scheduler.execute(() -> connectionFailed(gen, failure));
            } else if (server != null) {
                scheduler.execute(() -> connectionEstablished(gen, server));
            } else {
                scheduler.execute(() -> loginNeeded(gen));
            }
        });
    }

    /** The stored login was refused or is missing, and there is no password to log in again with. */
    private void loginNeeded(int gen) {
        if (gen != generation) {
            return;
        }
        logger.debug("Connecting to {} needs a login: no stored login is accepted and no password is configured",
                config.serverUri());
        updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.conf-error.login-needed");
    }

    private void connectionEstablished(int gen, ConnectedServer server) {
        if (gen != generation) {
            return;
        }
        connected = server;
        failedAttempts = 0;
        WriteOutbox writes = outbox;
        if (writes != null) {
            writes.connectionEstablished(write -> userData.send(server, write, config.fallbackToBridgeUser));
        }
        Map<String, String> properties = editProperties();
        properties.put(PROPERTY_PRODUCT, server.server().product().toString());
        properties.put(PROPERTY_VERSION, server.server().version().toString());
        properties.put(PROPERTY_SERVER_ID, server.server().id());
        properties.put(PROPERTY_SERVER_NAME, server.server().name());
        updateProperties(properties);
        updateOnline(null);
        startStream(gen, server);
    }

    private void updateOnline(@Nullable String note) {
        ConnectedServer server = connected;
        if (note != null) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, note);
        } else if (server != null && !server.hasUser()) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, "@text/online.api-key-without-user-id");
        } else {
            updateStatus(ThingStatus.ONLINE);
        }
    }

    private void startStream(int gen, ConnectedServer server) {
        // the bridge may be disposed at any time from here on: what is created is handed over under streamLock
        WebSocketClient ws;
        try {
            ws = connector.startWebSocketClient(config.verifyCertificate || !config.ssl);
        } catch (Exception e) {
            logger.debug("Cannot start the WebSocket client: {}", e.getMessage());
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                    ServerConnector.text("offline.comm-error.websocket", e.getMessage()));
            return;
        }
        StreamSettings settings = StreamSettings.defaults()
                .withPollInterval(Duration.ofSeconds(Math.max(1, config.refreshSeconds)));
        SessionStream newStream = new SessionStream(server.client(), server.administrator(), ws, scheduler,
                settings, new StreamListener(gen));
        synchronized (streamLock) {
            if (gen == generation) {
                webSocketClient = ws;
                stream = newStream;
                newStream.start();
                return;
            }
        }
        // disposed while the stream was being set up: nobody else will stop this client
        connector.stopLater(ws);
    }

    /** Receives the session stream's news, on the stream's serial executor, and hands it to the client things. */
    private class StreamListener implements SessionStreamListener {
        private final int gen;

        StreamListener(int gen) {
            this.gen = gen;
        }

        @Override
        public void onSessions(SessionSnapshot newSnapshot, DiffResult diff) {
            if (gen != generation) {
                return;
            }
            snapshot = newSnapshot;
            clients.forEach(client -> client.onSessions(newSnapshot, diff));
            discoveryServices.forEach(discovery -> discovery.sessionsChanged(newSnapshot));
            updateState(CHANNEL_ACTIVE_SESSIONS,
                    new DecimalType(newSnapshot.sessions().stream().filter(SessionState::active).count()));
        }

        @Override
        public void onUserDataChanged(UserDataChange change) {
            // the clients playing one of the user's items show its new watched state
            if (gen == generation) {
                userData.pushed(change);
            }
        }

        @Override
        public void onLibraryChanged(LibraryChange change) {
            if (gen == generation) {
                library.changed(change, connected);
            }
        }

        @Override
        public void onStreamStatus(SessionStream.State state, @Nullable String reason) {
            if (gen != generation) {
                return;
            }
            if (state == SessionStream.State.LIVE) {
                updateOnline(null);
            } else if (state == SessionStream.State.POLLING) {
                updateOnline(ServerConnector.text("online.polling", reason));
            } else if (state == SessionStream.State.DOWN) {
                updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                        ServerConnector.text("offline.comm-error.unreachable", reason));
            } else if (state == SessionStream.State.AUTH_REJECTED) {
                updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                        ServerConnector.text("offline.conf-error.token-rejected", reason));
            } else {
                logger.debug("Session stream of {}: {} {}", thing.getUID(), state, reason == null ? "" : reason);
            }
        }
    }

    private void connectionFailed(int gen, Throwable failure) {
        if (gen != generation) {
            return;
        }
        String reason = ServerConnector.failureText(failure);
        logger.debug("Connecting to {} failed: {}", config.serverUri(), reason);
        boolean retry = ServerConnector.worthRetrying(failure);
        updateStatus(ThingStatus.OFFLINE,
                retry ? ThingStatusDetail.COMMUNICATION_ERROR : ThingStatusDetail.CONFIGURATION_ERROR, reason);
        if (retry) {
            Duration delay = backoff.delay(++failedAttempts);
            connectJob = scheduler.schedule(() -> connect(gen), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The login succeeded and its token is stored: the password is removed from the configuration. */
    private void forgetPassword() {
        Configuration configuration = editConfiguration();
        if (configuration.get(ServerConfiguration.PASSWORD) != null) {
            configuration.remove(ServerConfiguration.PASSWORD);
            updateConfiguration(configuration);
        }
    }

    /** The sessions as last seen; client things take their first state from it. */
    public SessionSnapshot currentSnapshot() {
        return snapshot;
    }

    /** Asks for a fresh look at the sessions soon, e.g. after a command changed one. */
    public void requestRefresh() {
        SessionStream current = stream;
        if (current != null) {
            current.refreshNow();
        }
    }

    /** The server's address with the dialect's base path, e.g. for image URLs. */
    public String apiBase() {
        ConnectedServer server = connected;
        String base = config.serverUri().toString();
        return server == null ? base : base + server.client().dialect().basePath();
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(ClientDiscoveryService.class);
    }

    public void addDiscoveryService(ClientDiscoveryService service) {
        discoveryServices.add(service);
    }

    public void removeDiscoveryService(ClientDiscoveryService service) {
        discoveryServices.remove(service);
    }

    /**
     * @return the client applications the client discovery offers (comma-separated names; empty: all), or null when
     *         the bridge is configured not to offer clients
     */
    public @Nullable String clientDiscoveryFilter() {
        return config.discoverClients ? config.discoveryClientFilter : null;
    }

    /**
     * Reads a user's data of an item; the clients hear what it says (see {@link UserDataRelay#read}).
     *
     * @return the read; failed when the bridge is not connected or the server refused it
     */
    public CompletableFuture<UserDataRelay.Learned> readUserData(String userId, String itemId) {
        ConnectedServer server = connected;
        if (server == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the bridge is not connected"));
        }
        return userData.read(server, userId, itemId);
    }

    @Override
    public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
        if (childHandler instanceof MarkOutcome.Listener listener) {
            userData.addListener(childThing.getUID().toString(), listener);
        }
        if (childHandler instanceof ClientHandler client) {
            clients.add(client);
            // a session change between the client's initialize() and now would otherwise be missed
            scheduler.execute(() -> client.onSessions(snapshot, null));
        }
    }

    @Override
    public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
        userData.removeListener(childThing.getUID().toString());
        if (childHandler instanceof ClientHandler client) {
            clients.remove(client);
        }
    }

    /**
     * @return the connected server, or null while the bridge is not online
     */
    public @Nullable ConnectedServer getConnectedServer() {
        return connected;
    }

    /**
     * @return the durable outbox of writes to this server (marks played/unplayed, playback stops), or null
     *         before the bridge is initialized
     */
    public @Nullable WriteOutbox getOutbox() {
        return outbox;
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // the bridge's only channel is read-only
    }

    @Override
    public void dispose() {
        SessionStream oldStream;
        WebSocketClient ws;
        synchronized (streamLock) {
            generation++;
            oldStream = stream;
            stream = null;
            ws = webSocketClient;
            webSocketClient = null;
        }
        Future<?> job = connectJob;
        if (job != null) {
            job.cancel(true);
        }
        connectJob = null;
        connected = null;
        if (oldStream != null) {
            oldStream.stop();
        }
        snapshot = SessionSnapshot.EMPTY; // the next connection starts from nothing
        if (ws != null) {
            connector.stopLater(ws);
        }
        WriteOutbox writes = outbox;
        if (writes != null) {
            writes.dispose();
        }
        library.dispose();
        connector.close();
        super.dispose();
    }
}
