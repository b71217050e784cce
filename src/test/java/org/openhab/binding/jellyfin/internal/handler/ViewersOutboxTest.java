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
import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;
import static org.openhab.binding.jellyfin.internal.handler.Viewers.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.InMemoryStorageService;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.internal.outbox.PendingWrite;
import org.openhab.binding.jellyfin.internal.outbox.WriteOutbox;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;

/**
 * Watched marks keep their user in the outbox: a mark of bob's TV that waits while the server fails is stored for
 * bob and sent for bob after openHAB restarts; a mark stored by an earlier version, without a user, still loads and
 * goes to the bridge's user.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ViewersOutboxTest {

    /** The outbox sends what waits as soon as the bridge is connected. */
    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_8", "JELLYFIN_10_11", "EMBY_4_8" })
    void whenOpenHabRestartsWhileAMarkOfBobsTvWaitsThenItIsSentForBob(Dialect dialect) throws Exception {
        Req mark = Req.post(dialect.userIdInPlaystatePaths() ? "/Users/{u}/PlayedItems/{i}" : "/UserPlayedItems/{i}");
        Map<String, Map<String, String>> storage = new ConcurrentHashMap<>();
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            sim.newClient("Bob TV").user("bob").deviceId("bob-tv").add().play("episode-1-3");
            String bridgeUid;
            try (BindingHost host = new BindingHost(new InMemoryStorageService(storage))) {
                // no retry before openHAB stops: the only attempt is the one the server fails
                Bridge bridge = host.startBridge("srv", alice(sim), attempt -> Duration.ofHours(1));
                host.callback().awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
                bridgeUid = bridge.getUID().toString();
                Thing tv = startClient(host, bridge, "bob-tv");
                host.callback().awaitStateEquals(channel(tv, CHANNEL_PLAYING_ITEM_WATCHED), OnOffType.OFF, WAIT);
                sim.failNextRequests(10_000, 503);

                host.things().send(channel(tv, CHANNEL_PLAYING_ITEM_WATCHED), OnOffType.ON);

                sim.requests().await(mark.status(503), WAIT);
                host.callback().awaitStateEquals(channel(bridge, CHANNEL_PENDING_WRITES), new DecimalType(1), WAIT);
            }
            List<PendingWrite> stored = WriteOutbox.stored(new InMemoryStorageService(storage), bridgeUid);
            assertEquals(1, stored.size());
            assertEquals(Guids.normalize(sim.user().id()), Guids.normalize(stored.get(0).userId("")),
                    "stored with bob as its user");
            sim.failNextRequests(0, 503);

            try (BindingHost host = new BindingHost(new InMemoryStorageService(storage))) {
                Bridge bridge = startBridge(host, alice(sim));
                host.callback().awaitStateEquals(channel(bridge, CHANNEL_PENDING_WRITES), new DecimalType(0), DELIVERY);
            }
            assertTrue(sim.userData("bob", "episode-1-3").played(), sim.requests().dump());
            assertFalse(sim.userData("alice", "episode-1-3").played());
            assertEquals(List.of(Guids.normalize(sim.user().id())), marksFor(sim, "POST"));
        }
    }

    @Test
    void whenAWriteWasStoredWithoutAUserThenItLoadsAndGoesToTheBridgesUser() throws Exception {
        Map<String, Map<String, String>> storage = new ConcurrentHashMap<>();
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_12_0);
                BindingHost host = new BindingHost(new InMemoryStorageService(storage))) {
            // as the outbox of an earlier version stored it: no userId field
            String value = "{\"sequence\":7,\"kind\":\"MARK_PLAYED\",\"itemId\":\"" + sim.itemId("film-1")
                    + "\",\"client\":\"\",\"deviceName\":\"\",\"deviceId\":\"\",\"clientVersion\":\"\","
                    + "\"source\":\"jellyfin:client:srv:tv\",\"positionTicks\":0,\"byItem\":false}";
            storage.computeIfAbsent("org.openhab.binding.jellyfin.outbox", name -> new ConcurrentHashMap<>()).put(
                    "jellyfin:server:srv#0000000000000000007",
                    "{\"class\":\"" + PendingWrite.class.getName() + "\",\"value\":" + value + "}");

            Bridge bridge = startBridge(host, alice(sim));

            host.callback().awaitStateEquals(channel(bridge, CHANNEL_PENDING_WRITES), new DecimalType(0), DELIVERY);
            assertTrue(sim.userData("alice", "film-1").played(), sim.requests().dump());
            assertEquals(List.of(Guids.normalize(sim.admin().id())), marksFor(sim, "POST"));
        }
    }
}
