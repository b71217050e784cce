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
package org.openhab.binding.jellyfin.internal.discovery;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;

/**
 * Client discovery from the bridge's live sessions.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientDiscoveryServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10);
    private final BindingHost host = new BindingHost();

    @AfterEach
    void close() {
        host.close();
        sim.close();
    }

    /** The bridge's client discovery, as the handler factory registered it for the bridge. */
    private DiscoveryService discoveryFor(Map<String, Object> extraConfig) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of("hostname", "127.0.0.1", "port", sim.port(),
                "userName", "alice", "password", "alice-secret"));
        config.putAll(extraConfig);
        Bridge bridge = host.startBridge("srv", config);
        host.callback().awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        return host.services().service(DiscoveryService.class, bridge.getUID())
                .orElseThrow(() -> new AssertionError("no discovery service registered for the bridge"));
    }

    @Test
    void whenADeviceHasASessionThenItIsOfferedUnderTheBridgeByDeviceId() throws InterruptedException {
        sim.newClient("Living Room TV").user("alice").app("Jellyfin Android TV").deviceId("tv-1").add();
        DiscoveryService discovery = discoveryFor(Map.of());
        CollectingListener listener = new CollectingListener();
        discovery.addDiscoveryListener(listener);

        DiscoveryResult tv = awaitResult(listener, "tv-1");

        assertEquals("client", tv.getThingTypeUID().getId());
        assertEquals("tv-1", tv.getThingUID().getId());
        assertEquals("deviceId", tv.getRepresentationProperty());
        assertEquals("Living Room TV (Jellyfin Android TV)", tv.getLabel());
        assertTrue(listener.results().stream().noneMatch(r -> "openHAB".equals(r.getProperties().get("client"))),
                "the binding's own session is never offered");
    }

    @Test
    void clientsOutsideTheFilterAreNotOffered() throws InterruptedException {
        sim.newClient("Phone").user("alice").app("Jellyfin Android").deviceId("phone-1").add();
        sim.newClient("TV").user("alice").app("Jellyfin Android TV").deviceId("tv-1").add();
        DiscoveryService discovery = discoveryFor(Map.of("discoveryClientFilter", "Jellyfin Android TV"));
        CollectingListener listener = new CollectingListener();
        discovery.addDiscoveryListener(listener);

        awaitResult(listener, "tv-1");
        discovery.startScan(null);
        assertTrue(listener.results().stream().noneMatch(r -> "phone-1".equals(r.getProperties().get("deviceId"))));
    }

    private static DiscoveryResult awaitResult(CollectingListener listener, String deviceId)
            throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            List<DiscoveryResult> results = listener.results();
            for (DiscoveryResult result : results) {
                if (deviceId.equals(result.getProperties().get("deviceId"))) {
                    return result;
                }
            }
            Thread.sleep(20);
        }
        fail("no discovery result for " + deviceId + " in " + listener.results());
        throw new AssertionError();
    }
}
