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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.internal.action.JellyfinActions;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.binding.ThingActions;

/**
 * A home with several viewers, on every dialect: the bridge logs in as alice (or uses an API key with alice as its
 * user) while bob watches on his TV. The TV's client thing shows bob's watched state, its marks reach bob's route and
 * its {@code WATCHED} event is bob's.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ViewersWatchedTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenBobsTvMarksTheEpisodeThenBobsRouteGetsItAndTheChannelShowsBobsState(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect); BindingHost host = new BindingHost()) {
            marksOfBobsTvGoToBob(sim, host, alice(sim));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenTheBridgeUsesAnApiKeyThenMarksOfBobsTvStillGoToBob(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect); BindingHost host = new BindingHost()) {
            marksOfBobsTvGoToBob(sim, host, apiKey(sim));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_8", "JELLYFIN_12_0", "EMBY_4_9" })
    void whenTheSessionHasNoUserThenTheRuleActionMarksForTheBridgesUser(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect); BindingHost host = new BindingHost()) {
            sim.newClient("Renderer").noUser().deviceId("renderer").add().play("film-3");
            Bridge bridge = startBridge(host, alice(sim));
            Thing renderer = startClient(host, bridge, "renderer");
            JellyfinActions actions = (JellyfinActions) host.services().service(ThingActions.class, renderer.getUID())
                    .orElseThrow();

            assertTrue(actions.markPlayed(sim.itemId("film-2")));

            assertTrue(sim.userData("alice", "film-2").played());
            assertFalse(sim.userData("bob", "film-2").played());
            assertEquals(List.of(Guids.normalize(sim.admin().id())), marksFor(sim, "POST"));
        }
    }

    /**
     * Alice has watched the episode, bob has not: the TV shows bob's state (OFF), a mark ON reaches bob's route and
     * fires WATCHED once, a mark OFF unmarks it for bob only.
     */
    private static void marksOfBobsTvGoToBob(JellyfinSimulator sim, BindingHost host, Map<String, Object> bridgeConfig)
            throws Exception {
        sim.markPlayed("alice", "episode-1-1");
        sim.newClient("Bob TV").user("bob").deviceId("bob-tv").add().play("episode-1-1");
        Bridge bridge = startBridge(host, bridgeConfig);
        Thing tv = startClient(host, bridge, "bob-tv");
        RecordingCallback callback = host.callback();
        ChannelUID watched = channel(tv, CHANNEL_PLAYING_ITEM_WATCHED);
        ChannelUID events = channel(tv, CHANNEL_PLAYBACK_EVENT);

        callback.awaitStateEquals(watched, OnOffType.OFF, WAIT);
        assertFalse(callback.states(watched).contains(OnOffType.ON), "alice's state is never shown on bob's TV");

        host.things().send(watched, OnOffType.ON);
        callback.awaitTrigger(events, "WATCHED", WAIT);
        callback.awaitStateEquals(watched, OnOffType.ON, WAIT);
        assertTrue(sim.userData("bob", "episode-1-1").played(), sim.requests().dump());
        assertEquals(List.of(Guids.normalize(sim.user().id())), marksFor(sim, "POST"), "the mark went to bob");

        host.things().send(watched, OnOffType.OFF);
        callback.awaitStateEquals(watched, OnOffType.OFF, WAIT);
        assertFalse(sim.userData("bob", "episode-1-1").played());
        assertTrue(sim.userData("alice", "episode-1-1").played(), "alice's state is left alone");
        assertEquals(List.of(Guids.normalize(sim.user().id())), marksFor(sim, "DELETE"), "the unmark went to bob");
        assertEquals(List.of("WATCHED"),
                callback.triggers(events).stream().filter("WATCHED"::equals).toList(), "one WATCHED event");
        sim.assertNoSpecViolations();
    }
}
