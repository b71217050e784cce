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

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.jellyfin.host.ManualClock;
import org.openhab.binding.jellyfin.host.ClientFactories;
import org.openhab.binding.jellyfin.host.InMemoryStorageService;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.host.TestThings;
import org.openhab.binding.jellyfin.host.ThingHost;
import org.openhab.binding.jellyfin.internal.outbox.PendingWrite;
import org.openhab.binding.jellyfin.internal.outbox.WriteOutbox;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimAccounts;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;

/**
 * A simulated server, a server bridge logged in as alice and a reporter thing, hosted like the framework
 * hosts them; the storage outlives the handlers, as openHAB's does across a restart.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReporterRig implements AutoCloseable {

    /** How long a test waits for something that must happen: generous, a busy machine only makes it slower. */
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String DEVICE_ID = "reporter-test-1";

    final JellyfinSimulator sim;
    final ManualClock clock = new ManualClock();
    final Map<String, Map<String, String>> storage = new ConcurrentHashMap<>();
    private final HttpClient httpClient = new HttpClient();
    private final Map<String, Object> reporterConfig = new HashMap<>();
    private final Map<String, Object> bridgeConfig = new HashMap<>();
    private RecordingCallback callback = new RecordingCallback();
    private ThingHost host = new ThingHost(callback);
    private @Nullable Bridge bridge;
    private @Nullable Thing reporter;

    ReporterRig(Dialect dialect) throws Exception {
        sim = JellyfinSimulator.start(dialect);
        httpClient.start();
        bridgeConfig.put("hostname", "127.0.0.1");
        bridgeConfig.put("port", sim.port());
        bridgeConfig.put("userName", SimAccounts.ADMIN_NAME);
        bridgeConfig.put("password", SimAccounts.ADMIN_PASSWORD);
        reporterConfig.put("deviceName", "Living Room Player");
        reporterConfig.put("deviceId", DEVICE_ID);
        reporterConfig.put("progressInterval", 1);
    }

    ReporterRig reporterConfig(String key, Object value) {
        reporterConfig.put(key, value);
        return this;
    }

    ReporterRig bridgeConfig(String key, Object value) {
        bridgeConfig.put(key, value);
        return this;
    }

    /** The bridge authenticates with the API key instead of alice's login. */
    ReporterRig withApiKey() {
        bridgeConfig.remove("userName");
        bridgeConfig.remove("password");
        bridgeConfig.put("token", SimAccounts.API_KEY);
        return this;
    }

    /** Starts bridge and reporter and waits until both are online. */
    ReporterRig start() {
        startWithoutWaiting();
        callback.awaitStatus(bridge().getUID(), ThingStatus.ONLINE, WAIT);
        callback.awaitStatus(reporterThing().getUID(), ThingStatus.ONLINE, WAIT);
        return this;
    }

    /** Starts bridge and reporter without waiting for them to go online. */
    ReporterRig startWithoutWaiting() {
        Bridge b = TestThings.bridge(THING_TYPE_SERVER, "srv", bridgeConfig,
                TestThings.state(CHANNEL_PENDING_WRITES, "Number"));
        Thing r = TestThings.thing(THING_TYPE_REPORTER, b.getUID(), "player", reporterConfig);
        bridge = b;
        reporter = r;
        startHandlers();
        return this;
    }

    private void startHandlers() {
        Bridge b = bridge();
        Thing r = reporterThing();
        InMemoryStorageService storageService = new InMemoryStorageService(storage);
        host.start(b, t -> new ServerBridgeHandler((Bridge) t, ClientFactories.http(httpClient, c -> c),
                ClientFactories.webSocket(c -> c), storageService, attempt -> Duration.ofMillis(100)));
        host.start(r, t -> new ReporterHandler(t, clock));
    }

    /** Disposes both handlers, as openHAB does when it stops; the storage stays. */
    void stopOpenHab() {
        host.close();
        callback = new RecordingCallback();
        host = new ThingHost(callback);
    }

    /** Starts new handlers over a new storage service on the same backing data, as openHAB does at start. */
    void startOpenHab() {
        startHandlers();
        callback.awaitStatus(bridge().getUID(), ThingStatus.ONLINE, WAIT);
        callback.awaitStatus(reporterThing().getUID(), ThingStatus.ONLINE, WAIT);
    }

    /** The writes stored for the bridge, read as a fresh start of openHAB would read them. */
    List<PendingWrite> storedWrites() {
        return WriteOutbox.stored(new InMemoryStorageService(storage), bridge().getUID().toString());
    }

    /** Brings the stopped server back on its port. */
    void serverBack() {
        sim.restart();
    }

    void send(String channelId, Command command) {
        host.send(new ChannelUID(reporterThing().getUID(), channelId), command);
    }

    WriteOutbox outbox() {
        ServerBridgeHandler handler = (ServerBridgeHandler) host.handler(bridge().getUID());
        WriteOutbox outbox = handler == null ? null : handler.getOutbox();
        if (outbox == null) {
            throw new AssertionError("the bridge has no outbox");
        }
        return outbox;
    }

    RecordingCallback callback() {
        return callback;
    }

    ChannelUID pendingWrites() {
        return new ChannelUID(bridge().getUID(), CHANNEL_PENDING_WRITES);
    }

    ThingUID reporterUid() {
        return reporterThing().getUID();
    }

    private Bridge bridge() {
        Bridge b = bridge;
        if (b == null) {
            throw new IllegalStateException("not started");
        }
        return b;
    }

    private Thing reporterThing() {
        Thing r = reporter;
        if (r == null) {
            throw new IllegalStateException("not started");
        }
        return r;
    }

    @Override
    public void close() throws Exception {
        host.close();
        sim.close();
        httpClient.stop();
    }
}
