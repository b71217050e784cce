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

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.core.config.discovery.DiscoveryResult;

/**
 * Server discovery by UDP broadcast, answered by the simulator's discovery responder.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ServerDiscoveryServiceTest {

    @Test
    void whenAServerAnswersTheProbeThenItIsOfferedWithItsAddress() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_11).discovery(0).start()) {
            int udpPort = sim.discoveryPort().orElseThrow();
            ServerDiscoveryService discovery = new ServerDiscoveryService(
                    List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), udpPort)),
                    Duration.ofMillis(800));
            CollectingListener listener = new CollectingListener();
            discovery.addDiscoveryListener(listener);

            discovery.scan();

            assertFalse(listener.results().isEmpty(), "the server answered");
            DiscoveryResult result = listener.results().get(0);
            assertEquals("server", result.getThingTypeUID().getId());
            assertEquals("127.0.0.1", result.getProperties().get("hostname"));
            assertEquals(sim.port(), ((Number) result.getProperties().get("port")).intValue());
            assertEquals("serverId", result.getRepresentationProperty());
        }
    }

    @Test
    void answersThatAreNotFromAServerAreIgnored() throws Exception {
        InetAddress sender = InetAddress.getLoopbackAddress();
        assertNull(ServerDiscoveryService.result("not json", sender));
        assertNull(ServerDiscoveryService.result("{\"Name\":\"no id\"}", sender));
        assertNull(ServerDiscoveryService.result("{\"Id\":\"../../etc\",\"Address\":\"http://x:1\"}", sender));
        assertNull(ServerDiscoveryService.result(
                "{\"Id\":\"0123456789abcdef0123456789abcdef\",\"Address\":\"ftp://x\"}", sender));
        DiscoveryResult server = ServerDiscoveryService.result(
                "{\"Address\":\"https://media.example:8920/jf/\",\"Id\":\"0123456789ABCDEF0123456789ABCDEF\","
                        + "\"Name\":\"Home\",\"EndpointAddress\":null}",
                sender);
        assertNotNull(server);
        assertEquals("Home", server.getLabel());
        assertEquals("0123456789abcdef0123456789abcdef", server.getThingUID().getId());
        assertEquals(Map.of("hostname", "media.example", "port", 8920, "ssl", true, "path", "/jf", "serverId",
                "0123456789abcdef0123456789abcdef"), server.getProperties());
    }
}
