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
package org.openhab.binding.jellyfin.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.dto.DiscoveryResultDTO;
import org.openhab.core.config.discovery.inbox.Inbox;
import org.openhab.core.config.discovery.inbox.events.InboxAddedEvent;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;

/**
 * A server bridge and a client thing created through openHAB's ThingRegistry go ONLINE against the simulated
 * server; a device that appears on the server reaches openHAB's inbox. The bridge's id is the server's id, as when
 * a user accepts the server that discovery offered.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@ExtendWith(ResultLines.class)
public class ThingsOnlineTest {

    private EventLog events;

    @BeforeEach
    void subscribe() {
        events = EventLog.open();
    }

    @AfterEach
    void unsubscribe() {
        events.close();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_11", "EMBY_4_8" })
    void bridgeAndClientGoOnlineAndANewDeviceReachesTheInbox(Dialect dialect) {
        try (ServerScene scene = ServerScene.asDiscovered(dialect)) {
            scene.online(events);

            Thing bridge = scene.thing(scene.bridgeUID);
            assertEquals(ThingStatus.ONLINE, bridge.getStatus());
            assertEquals(dialect.isEmby() ? "EMBY" : "JELLYFIN", bridge.getProperties().get("product"),
                    "properties: " + bridge.getProperties());
            assertNotNull(bridge.getProperties().get("version"), "properties: " + bridge.getProperties());
            Thing client = scene.thing(scene.clientUID);
            assertEquals(ThingStatus.ONLINE, client.getStatus());
            assertEquals(scene.bridgeUID, client.getBridgeUID());
            assertNotNull(client.getChannel("playback-event"), "channels from the thing type");

            int mark = events.mark();
            scene.sim.newClient("Kitchen Speaker").user("alice").app("Jellyfin Web").deviceId("kitchen-1").add();
            DiscoveryResultDTO offered = events.await(InboxAddedEvent.class, e -> {
                Map<String, Object> properties = e.getDiscoveryResult().properties;
                return properties != null && "kitchen-1".equals(properties.get("deviceId"));
            }, mark).event().getDiscoveryResult();
            assertEquals(scene.bridgeUID.getAsString(), offered.bridgeUID);
            assertEquals(ServerScene.CLIENT.getAsString(), offered.thingTypeUID);

            DiscoveryResult inInbox = Framework.service(Inbox.class).stream()
                    .filter(r -> r.getThingUID().getAsString().equals(offered.thingUID)).findFirst().orElse(null);
            assertNotNull(inInbox, "the inbox holds " + offered.thingUID);
            assertEquals("deviceId", inInbox.getRepresentationProperty());
            assertTrue(Framework.service(Inbox.class).stream()
                    .noneMatch(r -> scene.clientUID.equals(r.getThingUID())),
                    "a device that has a thing is not offered");
            Framework.service(Inbox.class).remove(inInbox.getThingUID());
        }
    }
}
