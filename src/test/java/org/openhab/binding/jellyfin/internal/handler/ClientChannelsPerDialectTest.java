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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.Event;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.binding.jellyfin.simulator.SimSession;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.NextPreviousType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.RewindFastforwardType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;

/**
 * Every command channel of a client thing, on every server dialect: the command reaches the simulated device (its
 * state on the server changes as the command says), and requests conform to that version's spec. And a change on
 * the device reaches exactly the channels it concerns.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientChannelsPerDialectTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> COMMANDS = new ArrayList<>(SimSession.DEFAULT_COMMANDS);

    static {
        COMMANDS.add("DisplayContent");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyCommandChannelReachesTheDevice(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect); BindingHost host = new BindingHost()) {
            SimClient tv = sim.newClient("TV").user("alice").deviceId("tv-1").commands(COMMANDS.toArray(String[]::new))
                    .add();
            tv.play("film-1", "film-2");
            Thing client = startClient(sim, host);
            SimSession session = tv.session();

            command(host, client, CHANNEL_MEDIA_CONTROL, PlayPauseType.PAUSE);
            await(session::isPaused, "paused");
            command(host, client, CHANNEL_MEDIA_CONTROL, PlayPauseType.PLAY);
            await(() -> !session.isPaused(), "playing again");
            command(host, client, CHANNEL_VOLUME, new PercentType(35));
            await(() -> session.volumeLevel() == 35, "volume 35");
            command(host, client, CHANNEL_MUTE, OnOffType.ON);
            await(session::isMuted, "muted");
            command(host, client, CHANNEL_MUTE, OnOffType.OFF);
            await(() -> !session.isMuted(), "unmuted");
            command(host, client, CHANNEL_PLAYING_ITEM_SECOND, new QuantityType<>(600, Units.SECOND));
            await(() -> session.positionTicks() == 6_000_000_000L, "seek to 600 s");
            if (!dialect.isEmby()) { // Emby has no command to shuffle the queue of a client
                command(host, client, CHANNEL_MEDIA_SHUFFLE, OnOffType.ON);
                await(session::shuffle, "shuffled");
            }
            command(host, client, CHANNEL_MEDIA_REPEAT, new StringType("RepeatAll"));
            await(() -> "RepeatAll".equals(session.repeatMode()), "repeat all");
            command(host, client, CHANNEL_MEDIA_AUDIO_TRACK, new DecimalType(1));
            await(() -> Integer.valueOf(1).equals(session.audioStreamIndex()), "audio track 1");
            command(host, client, CHANNEL_MEDIA_SUBTITLE, new DecimalType(-1));
            await(() -> Integer.valueOf(-1).equals(session.subtitleStreamIndex()), "subtitles off");
            command(host, client, CHANNEL_SEND_NOTIFICATION, new StringType("Dinner is ready"));
            await(() -> "Dinner is ready".equals(session.lastMessage()), "message shown");
            command(host, client, CHANNEL_PLAYING_ITEM_WATCHED, OnOffType.ON);
            await(() -> sim.userData("alice", "film-1").played(), "film-1 watched");
            command(host, client, CHANNEL_BROWSE_BY_ID, new StringType(sim.itemId("episode-1-1")));
            sim.requests().await(Req.post("/Sessions/" + tv.id() + "/Command").bodyContains("DisplayContent"), WAIT);
            command(host, client, CHANNEL_MEDIA_CONTROL, NextPreviousType.NEXT);
            await(() -> sim.itemId("film-2").equals(session.nowPlayingItemId()), "next item");
            command(host, client, CHANNEL_MEDIA_CONTROL, NextPreviousType.PREVIOUS);
            await(() -> sim.itemId("film-1").equals(session.nowPlayingItemId()), "previous item");
            command(host, client, CHANNEL_MEDIA_CONTROL, RewindFastforwardType.FASTFORWARD);
            sim.requests().await(Req.post("/Sessions/" + tv.id() + "/Playing/FastForward"), WAIT);
            command(host, client, CHANNEL_MEDIA_CONTROL, RewindFastforwardType.REWIND);
            sim.requests().await(Req.post("/Sessions/" + tv.id() + "/Playing/Rewind"), WAIT);
            command(host, client, CHANNEL_PLAY_LAST_BY_ID, new StringType(sim.itemId("track-1")));
            await(() -> session.queue().contains(sim.itemId("track-1")), "track-1 queued last");
            command(host, client, CHANNEL_PLAY_NEXT_BY_TERMS, new StringType(sim.library().item("track-2").name()));
            await(() -> session.queue().contains(sim.itemId("track-2")), "track-2 queued next");
            command(host, client, CHANNEL_PLAY_BY_ID, new StringType(sim.itemId("episode-1-1")));
            await(() -> sim.itemId("episode-1-1").equals(session.nowPlayingItemId()), "episode playing");
            command(host, client, CHANNEL_MEDIA_STOP, OnOffType.ON);
            await(() -> session.nowPlayingItemId() == null, "stopped");
            command(host, client, CHANNEL_PLAY_BY_TERMS, new StringType(sim.library().item("film-3").name()));
            await(() -> sim.itemId("film-3").equals(session.nowPlayingItemId()), "film-3 found and playing");
            sim.assertNoSpecViolations();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aChangeOnTheDeviceReachesExactlyTheChannelsItConcerns(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect); BindingHost host = new BindingHost()) {
            SimClient tv = sim.newClient("TV").user("alice").deviceId("tv-1").add();
            tv.play("film-1");
            Thing client = startClient(sim, host);
            RecordingCallback callback = host.callback();
            callback.awaitStateEquals(new ChannelUID(client.getUID(), CHANNEL_PLAY_STATE), new StringType("PLAYING"),
                    WAIT);
            tv.pause();
            callback.awaitStateEquals(new ChannelUID(client.getUID(), CHANNEL_MEDIA_CONTROL), PlayPauseType.PAUSE,
                    WAIT);
            // the viewer's watched state and the item's image are fetched over HTTP when the item starts: their
            // answers are not ordered with the pushes, so the test waits for them before its barrier
            callback.awaitStateEquals(new ChannelUID(client.getUID(), CHANNEL_PLAYING_ITEM_WATCHED), OnOffType.OFF,
                    WAIT);
            callback.awaitState(new ChannelUID(client.getUID(), CHANNEL_PLAYING_ITEM_IMAGE), RawType.class::isInstance,
                    WAIT);
            afterEverythingBefore(sim, host, client, "marker-1"); // the rest of the pause's updates
            callback.clear();

            tv.volume(42);

            callback.awaitStateEquals(new ChannelUID(client.getUID(), CHANNEL_VOLUME), new PercentType(42), WAIT);
            afterEverythingBefore(sim, host, client, "marker-2");
            Set<String> updated = new TreeSet<>();
            for (Event event : callback.events()) {
                if (event instanceof Event.StateUpdated state && state.channelUID().getThingUID().equals(client.getUID())) {
                    updated.add(state.channelUID().getId());
                }
            }
            updated.remove(CHANNEL_LAST_ACTIVITY);
            assertEquals(Set.of(CHANNEL_VOLUME), updated, "only the volume changed on the device");
        }
    }

    /**
     * A barrier: another device connects, and once the bridge shows it in its session count, everything the server
     * sent before has reached the client thing (the bridge hands each session list to its clients before it counts
     * the sessions, one list after the other). The new device changes nothing on the client thing.
     */
    private static void afterEverythingBefore(JellyfinSimulator sim, BindingHost host, Thing client, String device) {
        sim.newClient("Marker " + device).user("alice").deviceId(device).add();
        int sessions = sim.sessions().size();
        ThingUID bridge = Objects.requireNonNull(client.getBridgeUID());
        host.callback().awaitStateEquals(new ChannelUID(bridge, CHANNEL_ACTIVE_SESSIONS), new DecimalType(sessions),
                WAIT);
    }

    private static Thing startClient(JellyfinSimulator sim, BindingHost host) {
        Bridge bridge = host.startBridge("srv", Map.of("hostname", "127.0.0.1", "port", sim.port(), "userName",
                "alice", "password", "alice-secret"));
        host.callback().awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        Thing client = host.startThing(THING_TYPE_CLIENT, bridge.getUID(), "tv-1", Map.of("deviceId", "tv-1"));
        host.callback().awaitStatus(client.getUID(), ThingStatus.ONLINE, WAIT);
        host.callback().awaitState(new ChannelUID(client.getUID(), CHANNEL_PLAY_STATE), s -> true, WAIT);
        return client;
    }

    private static void command(BindingHost host, Thing client, String channel, Command command) {
        host.things().send(new ChannelUID(client.getUID(), channel), command);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("the device did not get there: " + what);
            }
            Thread.sleep(10);
        }
    }
}
