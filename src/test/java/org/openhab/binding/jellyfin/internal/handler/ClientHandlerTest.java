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
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * A client thing against the simulator: it follows its device's session and its commands reach the server.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientHandlerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11);
    private final BindingHost host = new BindingHost();
    private final RecordingCallback callback = host.callback();

    @AfterEach
    void close() {
        host.close();
        sim.close();
    }

    private Bridge startBridge() {
        Bridge bridge = host.startBridge("srv", Map.of("hostname", "127.0.0.1", "port", sim.port(), "userName",
                "alice", "password", "alice-secret", "refreshSeconds", 1));
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        return bridge;
    }

    private Thing startClient(Bridge bridge, String deviceId) {
        return host.startThing(THING_TYPE_CLIENT, bridge.getUID(), deviceId.replace('.', '-'),
                Map.of("deviceId", deviceId));
    }

    @Test
    void whenPlaybackStartsOnTheDeviceThenTheClientShowsItAndFiresStarted() {
        SimClient tv = sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add();
        Bridge bridge = startBridge();
        Thing client = startClient(bridge, "tv-1");
        callback.awaitStatus(client.getUID(), ThingStatus.ONLINE, WAIT);
        callback.awaitStateEquals(channel(client, CHANNEL_PLAY_STATE), new StringType("STOPPED"), WAIT);

        tv.play("film-1");

        callback.awaitStateEquals(channel(client, CHANNEL_PLAY_STATE), new StringType("PLAYING"), WAIT);
        callback.awaitStateEquals(channel(client, CHANNEL_MEDIA_CONTROL), PlayPauseType.PLAY, WAIT);
        callback.awaitStateEquals(channel(client, CHANNEL_PLAYING_ITEM_ID), new StringType(sim.itemId("film-1")),
                WAIT);
        callback.awaitTrigger(channel(client, CHANNEL_PLAYBACK_EVENT), "STARTED", WAIT);
        sim.assertNoSpecViolations();
    }

    @Test
    void whenPauseIsCommandedThenThePauseRequestReachesTheServerAndTheStateFollows() {
        SimClient tv = sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add();
        tv.play("film-1");
        Bridge bridge = startBridge();
        Thing client = startClient(bridge, "tv-1");
        callback.awaitStateEquals(channel(client, CHANNEL_PLAY_STATE), new StringType("PLAYING"), WAIT);

        host.things().send(channel(client, CHANNEL_MEDIA_CONTROL), PlayPauseType.PAUSE);

        sim.requests().await(Req.post("/Sessions/" + tv.id() + "/Playing/Pause"), WAIT);
        callback.awaitStateEquals(channel(client, CHANNEL_PLAY_STATE), new StringType("PAUSED"), WAIT);
        callback.awaitTrigger(channel(client, CHANNEL_PLAYBACK_EVENT), "PAUSED", WAIT);

        host.things().send(channel(client, CHANNEL_VOLUME), new PercentType(35));
        callback.awaitStateEquals(channel(client, CHANNEL_VOLUME), new PercentType(35), WAIT);
        host.things().send(channel(client, CHANNEL_MUTE), OnOffType.ON);
        callback.awaitStateEquals(channel(client, CHANNEL_MUTE), OnOffType.ON, WAIT);
        sim.assertNoSpecViolations();
    }

    @Test
    void whenTheDeviceHasNoSessionThenTheClientIsGone() {
        Bridge bridge = startBridge();
        Thing client = startClient(bridge, "nowhere");
        callback.awaitStatus(client.getUID(),
                info -> info.getStatus() == ThingStatus.OFFLINE && info.getStatusDetail() == ThingStatusDetail.GONE,
                WAIT);
    }

    @Test
    void whenTheClientCannotBeControlledThenCommandsAreRefusedAndNothingIsSent() {
        SimClient tv = sim.newClient("Old TV").user("alice").deviceId("tv-2").notControllable().add();
        tv.play("film-1");
        Bridge bridge = startBridge();
        Thing client = startClient(bridge, "tv-2");
        callback.awaitStateEquals(channel(client, CHANNEL_PLAY_STATE), new StringType("PLAYING"), WAIT);

        host.things().send(channel(client, CHANNEL_MEDIA_CONTROL), PlayPauseType.PAUSE);

        assertEquals(0, sim.requests().count(Req.post("/Sessions/" + tv.id() + "/Playing/Pause")));
        assertEquals(PlayPauseType.PLAY, callback.lastState(channel(client, CHANNEL_MEDIA_CONTROL)));
    }

    private static ChannelUID channel(Thing thing, String id) {
        return new ChannelUID(thing.getUID(), id);
    }
}
