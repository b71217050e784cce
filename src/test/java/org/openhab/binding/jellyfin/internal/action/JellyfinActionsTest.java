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
package org.openhab.binding.jellyfin.internal.action;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.internal.api.PlayCommand;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.binding.ThingActions;

/**
 * The rule actions of a client thing, against the simulator.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class JellyfinActionsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11);
    private final BindingHost host = new BindingHost();
    /** The client's rule actions, as the handler factory registered them (set before each test). */
    private @NonNullByDefault({}) ThingActions actions;
    private SimClient tv = sim.newClient("TV").user("alice").deviceId("tv-1").add();
    private Thing client = host.descriptors().thing(THING_TYPE_CLIENT,
            new org.openhab.core.thing.ThingUID(THING_TYPE_SERVER, "srv"), "tv-1", Map.of("deviceId", "tv-1"));

    @BeforeEach
    void start() {
        Bridge bridge = host.startBridge("srv", Map.of("hostname", "127.0.0.1", "port", sim.port(), "userName",
                "alice", "password", "alice-secret"));
        host.callback().awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        tv.play("film-1");
        host.start(client);
        host.callback().awaitStateEquals(new ChannelUID(client.getUID(), CHANNEL_PLAY_STATE), new StringType("PLAYING"),
                WAIT);
        actions = host.services().service(ThingActions.class, client.getUID())
                .orElseThrow(() -> new AssertionError("no rule actions registered for the client"));
    }

    @AfterEach
    void close() {
        host.close();
        sim.close();
    }

    @Test
    void markPlayedAndUnplayedChangeTheUsersWatchedState() {
        String film = sim.itemId("film-2");
        assertTrue(JellyfinActions.markPlayed(actions, film));
        sim.requests().assertReceived(Req.post("/UserPlayedItems/{id}"));
        assertTrue(JellyfinActions.markUnplayed(actions, film));
        sim.requests().assertReceived(Req.delete("/UserPlayedItems/{id}"));
        sim.assertNoSpecViolations();
    }

    @Test
    void sendMessageShowsTheTextOnTheClient() {
        assertTrue(JellyfinActions.sendMessage(actions, "Dinner", "Food is ready", 5000L));
        sim.requests().assertReceived(Req.post("/Sessions/" + tv.id() + "/Message"));
        assertEquals("Food is ready", tv.session().lastMessage());
    }

    @Test
    void playItemsSeekAndSendCommandReachTheSession() {
        assertTrue(JellyfinActions.playItems(actions, sim.itemId("film-2"), "PlayNow", 30.0));
        sim.requests().assertReceived(Req.post("/Sessions/" + tv.id() + "/Playing").query("playCommand", "PlayNow"));
        assertTrue(JellyfinActions.seek(actions, 42));
        sim.requests().assertReceived(
                Req.post("/Sessions/" + tv.id() + "/Playing/Seek").query("seekPositionTicks", "420000000"));
        assertTrue(JellyfinActions.sendCommand(actions, "SetVolume", "Volume=20"));
        assertEquals(20, tv.session().volumeLevel());
        sim.assertNoSpecViolations();
    }

    @Test
    void aCommandTheClientDoesNotSupportIsRefused() {
        assertFalse(JellyfinActions.sendCommand(actions, "TakeScreenshot", null));
    }

    @Test
    void modesAndArgumentsAreReadLeniently() {
        assertEquals(PlayCommand.PLAY_NEXT, JellyfinActions.playCommand("playnext"));
        assertEquals(PlayCommand.PLAY_NOW, JellyfinActions.playCommand(null));
        assertNull(JellyfinActions.playCommand("shuffle-everything"));
        assertEquals(Map.of("Volume", "50", "Index", "2"), JellyfinActions.parseArguments("Volume=50, Index=2, junk"));
    }
}
