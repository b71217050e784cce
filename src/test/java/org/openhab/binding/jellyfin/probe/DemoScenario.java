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
package org.openhab.binding.jellyfin.probe;

import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.host.Event;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimAccounts;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;

/**
 * The probe's demo against the embedded simulator: bob's TV session is discovered and accepted as a client thing (the
 * bridge logs in as alice); the TV plays a film, pauses, resumes; openHAB mutes it; the TV moves on to an episode alice
 * has watched and bob has not, which openHAB marks watched, for bob; the TV stops. Each step waits until the binding
 * reports what the step must cause, so the run is the same every time.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class DemoScenario {

    static final String BRIDGE_ID = "demo";
    static final String DEVICE_ID = "living-room-tv";
    private static final String DEVICE_NAME = "Living Room TV";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A step's outcome was not seen in time. */
    static final class DemoFailure extends Exception {
        private static final long serialVersionUID = 1L;

        DemoFailure(String message) {
            super(message);
        }
    }

    /** What a step must cause, as the handlers report it. */
    private record Expectation(String description, Predicate<Event> matches) {
    }

    private final JellyfinSimulator sim;
    private final ProbeHost host;
    private final ProbeOutput output;
    private final EventRelay shown;

    DemoScenario(JellyfinSimulator sim, ProbeHost host, ProbeOutput output, EventRelay shown) {
        this.sim = sim;
        this.host = host;
        this.output = output;
        this.shown = shown;
    }

    /** Bob's TV has a session before the bridge connects; alice has already watched the episode. */
    SimClient prepare() {
        SimClient tv = sim.newClient(DEVICE_NAME).user(SimAccounts.USER_NAME).app("Jellyfin Android TV")
                .deviceId(DEVICE_ID).add();
        sim.markPlayed(SimAccounts.ADMIN_NAME, "episode-1-1");
        output.note("demo   simulated " + sim.dialect() + " server " + sim.version() + " at " + sim.serverUrl()
                + "; the device '" + DEVICE_NAME + "' has a session of " + SimAccounts.USER_NAME);
        return tv;
    }

    /** The bridge logs in as the simulator's administrator and asks for progress every second. */
    Map<String, Object> bridgeConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("hostname", "127.0.0.1");
        config.put("port", sim.port());
        config.put("userName", SimAccounts.ADMIN_NAME);
        config.put("password", SimAccounts.ADMIN_PASSWORD);
        config.put("refreshSeconds", 1);
        return config;
    }

    /** Plays the scenario on the running bridge. */
    void play(SimClient tv, ThingUID bridgeUID) throws DemoFailure {
        String film = sim.library().item("film-1").name();
        String episode = sim.library().item("episode-1-1").name();
        String series = String.valueOf(sim.library().item("episode-1-1").seriesName());

        output.note("demo   1/8 client discovery offers the TV's session; the probe accepts it");
        ThingUID client = awaitClient(bridgeUID);
        output.note("demo       seen: " + client + " ONLINE");

        step("2/8 the TV starts the film '" + film + "'", () -> tv.play("film-1"), trigger(client, "STARTED"),
                state(client, CHANNEL_PLAY_STATE, "PLAYING"));
        step("3/8 the TV pauses", tv::pause, trigger(client, "PAUSED"), state(client, CHANNEL_PLAY_STATE, "PAUSED"));
        step("4/8 the TV resumes", tv::resume, trigger(client, "RESUMED"),
                state(client, CHANNEL_PLAY_STATE, "PLAYING"));
        step("5/8 openHAB mutes the TV: command " + CHANNEL_MUTE + " ON",
                () -> host.send(new ChannelUID(client, CHANNEL_MUTE), OnOffType.ON),
                state(client, CHANNEL_MUTE, "ON"));
        step("6/8 the TV moves on to '" + episode + "' of '" + series + "' (alice has watched it, bob has not)",
                () -> tv.play("episode-1-1"), trigger(client, "ITEM_CHANGED"),
                state(client, CHANNEL_PLAYING_ITEM_NAME, episode), state(client, CHANNEL_PLAYING_ITEM_WATCHED, "OFF"));
        step("7/8 openHAB marks the episode watched for the person watching: command " + CHANNEL_PLAYING_ITEM_WATCHED
                + " ON", () -> host.send(new ChannelUID(client, CHANNEL_PLAYING_ITEM_WATCHED), OnOffType.ON),
                trigger(client, "WATCHED"), state(client, CHANNEL_PLAYING_ITEM_WATCHED, "ON"),
                state(bridgeUID, CHANNEL_PENDING_WRITES, "0"));
        if (!sim.userData(SimAccounts.USER_NAME, "episode-1-1").played()) {
            throw new DemoFailure("the server did not mark the episode watched for " + SimAccounts.USER_NAME);
        }
        output.note("demo       seen: the server marked it watched for " + SimAccounts.USER_NAME
                + ", whose TV it is, not for the bridge's user " + SimAccounts.ADMIN_NAME);
        step("8/8 the TV stops", tv::stop, trigger(client, "STOPPED"), state(client, CHANNEL_PLAY_STATE, "STOPPED"));
        output.note("demo   finished");
    }

    /**
     * Waits until discovery brought a client thing online, the thing took its first state from the bridge and the
     * bridge passes it every change: only then does the TV start playing.
     */
    private ThingUID awaitClient(ThingUID bridgeUID) throws DemoFailure {
        Event online = await(0, e -> e instanceof Event.StatusUpdated s
                && s.thingUID().getBridgeIds().equals(List.of(bridgeUID.getId()))
                && s.info().getStatus() == ThingStatus.ONLINE, "a client thing online");
        ThingUID client = ((Event.StatusUpdated) online).thingUID();
        try {
            if (!shown.awaitCondition(() -> host.isStarted(client), WAIT)) {
                throw new DemoFailure(client + " was not started within " + WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
        return client;
    }

    private void step(String caption, Runnable action, Expectation... expectations) throws DemoFailure {
        output.note("demo   " + caption);
        int from = shown.mark();
        action.run();
        for (Expectation expectation : expectations) {
            await(from, expectation.matches(), "demo step '" + caption.trim() + "': " + expectation.description());
            output.note("demo       seen: " + expectation.description());
        }
        output.refresh();
    }

    private Event await(int from, Predicate<Event> matches, String what) throws DemoFailure {
        try {
            Event event = shown.await(from, matches, WAIT);
            if (event == null) {
                throw new DemoFailure(what + " not seen within " + WAIT.toSeconds() + " s");
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    private static Expectation trigger(ThingUID thing, String event) {
        ChannelUID channel = new ChannelUID(thing, CHANNEL_PLAYBACK_EVENT);
        return new Expectation(CHANNEL_PLAYBACK_EVENT + " " + event, e -> e instanceof Event.ChannelTriggered t
                && t.channelUID().equals(channel) && t.event().equals(event));
    }

    private static Expectation state(ThingUID thing, String channelId, String state) {
        ChannelUID channel = new ChannelUID(thing, channelId);
        return new Expectation(channelId + " = " + state, e -> e instanceof Event.StateUpdated s
                && s.channelUID().equals(channel) && s.state().toString().equals(state));
    }
}
