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
package org.openhab.binding.jellyfin.reliability;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;
import static org.openhab.binding.jellyfin.reliability.Faults.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.internal.handler.ServerBridgeHandler;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * A thousand sessions appear and disappear one by one, each removal pushed as the full list: the bridge's
 * snapshot, the client discovery and a client thing among them keep up within bounded time.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionChurnTest {

    private static final int SESSIONS = 1_000;
    private static final Duration BOUND = Duration.ofSeconds(90);

    private final JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_11).strict(false).start();
    private final BindingHost host = new BindingHost();
    private final RecordingCallback callback = host.callback();
    private final Set<String> discovered = ConcurrentHashMap.newKeySet();

    @AfterEach
    void close() {
        host.close();
        sim.close();
    }

    @Test
    void whenAThousandSessionsAppearAndDisappearThenSnapshotDiscoveryAndClientKeepUp() {
        Bridge bridge = host.startBridge("srv", userConfig(sim.port()));
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        ServerBridgeHandler handler = (ServerBridgeHandler) Objects
                .requireNonNull(host.things().handler(bridge.getUID()));
        DiscoveryService discovery = discovery(bridge);
        long start = System.nanoTime();

        List<SimClient> clients = sim.addClients(SESSIONS);
        long addMillis = (System.nanoTime() - start) / 1_000_000;
        Set<String> ids = clients.stream().map(SimClient::id).collect(java.util.stream.Collectors.toSet());
        SimClient watched = clients.get(SESSIONS / 2);
        Thing client = host.startThing(THING_TYPE_CLIENT, bridge.getUID(), "watched",
                Map.of("deviceId", watched.deviceId()));

        await(() -> known(handler, ids) == SESSIONS, () -> "all sessions in the snapshot: " + known(handler, ids)
                + " after the simulator took " + addMillis + " ms to add them");
        await(() -> discovered.size() >= SESSIONS, () -> "all sessions discovered: " + discovered.size());
        callback.awaitStatus(client.getUID(), ThingStatus.ONLINE, WAIT);
        long appearedMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();

        clients.forEach(SimClient::remove);
        long removeMillis = (System.nanoTime() - start) / 1_000_000;

        await(() -> known(handler, ids) == 0, () -> "all sessions gone from the snapshot: " + known(handler, ids));
        callback.awaitStatus(client.getUID(),
                info -> info.getStatus() == ThingStatus.OFFLINE && info.getStatusDetail() == ThingStatusDetail.GONE,
                WAIT);
        long goneMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ThingStatus.ONLINE, Objects.requireNonNull(callback.lastStatus(bridge.getUID())).getStatus());
        assertEquals(1, upgrades(sim), "no reconnection under load");
        Figures.record("1,000 sessions", "the simulator added them in " + addMillis + " ms; in the snapshot, "
                + "discovered (" + discovered.size() + " results) and the client ONLINE " + (appearedMillis - addMillis)
                + " ms after that; removed one push of the full list each (" + removeMillis
                + " ms in the simulator): all gone and the client GONE " + (goneMillis - removeMillis)
                + " ms after the last push; 1 socket throughout");
    }

    /** The bridge's client discovery, as the factory registered it, with a listener like openHAB's inbox. */
    private DiscoveryService discovery(Bridge bridge) {
        DiscoveryService discovery = host.services().service(DiscoveryService.class, bridge.getUID())
                .orElseThrow(() -> new AssertionError("no discovery service registered for the bridge"));
        discovery.addDiscoveryListener(new DiscoveryListener() {
            @Override
            public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
                discovered.add(String.valueOf(result.getProperties().get("deviceId")));
            }

            @Override
            public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
            }

            @Override
            public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
                    @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
                return List.of();
            }
        });
        return discovery;
    }

    private static long known(ServerBridgeHandler handler, Set<String> ids) {
        return handler.currentSnapshot().sessions().stream().filter(s -> ids.contains(s.id())).count();
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> "not within " + BOUND.toSeconds() + " s: " + what.get());
            pause(Duration.ofMillis(50));
        }
    }
}
