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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.BindingLog;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;

import ch.qos.logback.classic.Level;

/**
 * A bridge logged in as bob, who is not an administrator, and a TV whose session is alice's, shared with bob: the
 * server refuses to show or mark alice's watched state to bob (Jellyfin 10.9 on, Emby). The refusal shows in the
 * thing's status and in a warning, nothing is marked for anyone, unless the bridge says to mark for its own user;
 * Jellyfin 10.8 lets bob mark for alice. The reporter, configured for alice, is told the same way.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ViewersRefusalTest {

    @RegisterExtension
    final BindingLog log = BindingLog.asConfigured();

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_9", "JELLYFIN_10_11", "JELLYFIN_12_0", "EMBY_4_8" })
    void whenTheBridgesUserIsNoAdministratorThenAMarkForAnotherUserIsRefusedAndSaidSo(Dialect dialect)
            throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect); BindingHost host = new BindingHost()) {
            Thing tv = sharedTv(sim, host, bob(sim));
            RecordingCallback callback = host.callback();
            ChannelUID watched = channel(tv, CHANNEL_PLAYING_ITEM_WATCHED);
            awaitNote(callback, tv, "online.watched-unreadable [\"alice\"]");

            host.things().send(watched, OnOffType.ON);

            awaitNote(callback, tv, "online.mark-refused-not-admin [\"alice\"]");
            callback.awaitStateEquals(channel(tv.getBridgeUID(), CHANNEL_PENDING_WRITES), new DecimalType(0), WAIT);
            assertFalse(sim.userData("alice", "episode-1-1").played());
            assertFalse(sim.userData("bob", "episode-1-1").played());
            assertFalse(callback.states(watched).contains(OnOffType.ON), "the channel never showed a mark");
            assertTrue(warnings().stream().anyMatch(w -> w.contains("of item " + sim.itemId("episode-1-1"))
                    && w.contains("for user " + Guids.normalize(sim.admin().id()))
                    && w.contains("only an administrator")), warnings().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_11", "EMBY_4_9" })
    void whenFallbackToBridgeUserIsOnThenARefusedMarkGoesToTheBridgesUser(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect); BindingHost host = new BindingHost()) {
            Map<String, Object> config = bob(sim);
            config.put("fallbackToBridgeUser", true);
            Thing tv = sharedTv(sim, host, config);

            host.things().send(channel(tv, CHANNEL_PLAYING_ITEM_WATCHED), OnOffType.ON);

            awaitNote(host.callback(), tv, "online.marked-for-bridge-user [\"alice\"]");
            assertTrue(sim.userData("bob", "episode-1-1").played(), "marked for the bridge's user");
            assertFalse(sim.userData("alice", "episode-1-1").played());
        }
    }

    @Test
    void whenTheServerIs108ThenBobMayMarkForAliceAndSeeHerState() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_8);
                BindingHost host = new BindingHost()) {
            Thing tv = sharedTv(sim, host, bob(sim));
            ChannelUID watched = channel(tv, CHANNEL_PLAYING_ITEM_WATCHED);
            host.callback().awaitStateEquals(watched, OnOffType.OFF, WAIT);

            host.things().send(watched, OnOffType.ON);

            host.callback().awaitStateEquals(watched, OnOffType.ON, WAIT);
            assertTrue(sim.userData("alice", "episode-1-1").played());
            assertFalse(sim.userData("bob", "episode-1-1").played());
            ThingStatusInfo status = host.callback().lastStatus(tv.getUID());
            assertNotNull(status);
            assertNull(status.getDescription(), "no note: " + status);
        }
    }

    @Test
    void whenTheReportersUserIsRefusedThenTheReportersStatusSaysSo() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11);
                BindingHost host = new BindingHost()) {
            Bridge bridge = startBridge(host, bob(sim));
            Thing reporter = host.startThing(THING_TYPE_REPORTER, bridge.getUID(), "player",
                    Map.of("userId", sim.admin().id(), "deviceId", "player-1", "reportMode", "session"));
            host.callback().awaitStatus(reporter.getUID(), ThingStatus.ONLINE, WAIT);

            host.things().send(channel(reporter, CHANNEL_REPORTER_ITEM_ID), new StringType(sim.itemId("film-2")));
            host.things().send(channel(reporter, CHANNEL_REPORTER_WATCHED), OnOffType.ON);

            awaitNote(host.callback(), reporter, "online.mark-refused-not-admin [\"" + sim.admin().id() + "\"]");
            assertFalse(sim.userData("alice", "film-2").played());
            assertFalse(sim.userData("bob", "film-2").played());
        }
    }

    /** Alice's TV, which bob joined, playing an episode; the bridge logs in as given. */
    private static Thing sharedTv(JellyfinSimulator sim, BindingHost host, Map<String, Object> bridgeConfig) {
        sim.newClient("Family TV").user("alice").alsoWatching("bob").deviceId("family-tv").add().play("episode-1-1");
        Bridge bridge = startBridge(host, bridgeConfig);
        return startClient(host, bridge, "family-tv");
    }

    private static void awaitNote(RecordingCallback callback, Thing thing, String note) {
        callback.awaitStatus(thing.getUID(), info -> info.getStatus() == ThingStatus.ONLINE
                && ("@text/" + note).equals(info.getDescription()), WAIT);
    }

    private List<String> warnings() {
        return log.messages(Level.WARN);
    }
}
