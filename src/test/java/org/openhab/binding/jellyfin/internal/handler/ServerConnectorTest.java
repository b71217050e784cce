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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * The name the bridge gives its Jetty clients: openHAB's HttpClientFactory and WebSocketFactory refuse a name
 * longer than 20 characters or with other characters than letters, digits, '-' and '_', and the bridge then never
 * gets its live connection.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ServerConnectorTest {

    private static final ThingTypeUID SERVER = new ThingTypeUID("jellyfin", "server");
    /** The deadline for an event that must happen: only a slow machine nears it. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aShortBridgeIdIsKeptWhole() {
        assertEquals("jellyfin-home", ServerConnector.consumerName(new ThingUID(SERVER, "home")));
    }

    @Test
    void whenTheBridgeIdIsADiscoveredServersIdThenTheBridgeGetsItsClientsAndGoesOnline() throws InterruptedException {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11);
                BindingHost host = new BindingHost()) {
            // the host's client factories refuse names openHAB refuses
            Bridge bridge = host.startBridge("0123456789abcdef0123456789abcdef", Map.of("hostname", "127.0.0.1",
                    "port", sim.port(), "userName", "alice", "password", "alice-secret"));
            host.callback().awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
            // ONLINE comes with the first answers over HTTP; the live stream needs the WebSocket client
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (sim.subscribedSockets() == 0) {
                assertTrue(System.nanoTime() < deadline, () -> "no subscribed WebSocket; bridge status "
                        + host.callback().lastStatus(bridge.getUID()));
                Thread.sleep(20);
            }
        }
    }

    @Test
    void aDiscoveredServersIdIsCutToTheLengthOpenHabAccepts() {
        // a discovered server's thing id is its 32-hex server id
        String name = ServerConnector.consumerName(new ThingUID(SERVER, "0123456789abcdef0123456789abcdef"));

        assertEquals("jellyfin-0123456789a", name);
        assertTrue(name.length() <= 20);
        assertTrue(name.matches("[a-zA-Z0-9_-]{4,20}"));
    }
}
