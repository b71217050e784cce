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
package org.openhab.binding.jellyfin.reliability;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;
import static org.openhab.binding.jellyfin.reliability.Faults.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The bridge and a client thing, run by the binding's factory against the simulator, while the server is away,
 * restarts, drops its sockets, or answers with errors: the status tells the truth, the bridge comes back by
 * itself, does not flap or storm the server, and the client fires each playback event once.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ServerOutageTest extends WatchedBindingTest {


    private Bridge onlineBridge(JellyfinSimulator sim) {
        Bridge bridge = host.startBridge("srv", userConfig(sim.port()));
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        return bridge;
    }

    private Thing onlineClient(Bridge bridge, String deviceId) {
        Thing client = host.startThing(THING_TYPE_CLIENT, bridge.getUID(), deviceId, Map.of("deviceId", deviceId));
        callback.awaitStatus(client.getUID(), ThingStatus.ONLINE, WAIT);
        return client;
    }

    @Test
    void whenTheServerIsDownAtStartThenTheBridgeSaysSoAndConnectsOnceItIsUp() {
        int port = freePort();
        Bridge bridge = host.startBridge("srv", userConfig(port));

        ThingStatusInfo down = callback.awaitStatus(bridge.getUID(),
                info -> offline(info, ThingStatusDetail.COMMUNICATION_ERROR), WAIT);
        String reason = String.valueOf(down.getDescription());
        assertTrue(reason.startsWith("@text/offline.comm-error.unreachable"), reason);
        assertTrue(reason.contains("127.0.0.1:" + port) && reason.contains("cannot be reached"), reason);

        long upAt = System.nanoTime();
        started(JellyfinSimulator.builder(Dialect.JELLYFIN_10_11).port(port).start());
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        long millis = (System.nanoTime() - upAt) / 1_000_000;
        Figures.record("server down at start", "ONLINE " + millis + " ms after the server came up");
    }

    @Test
    void whenTheServerRestartsMidPlaybackThenTheClientResyncsWithoutASecondStartedTrigger() {
        JellyfinSimulator sim = started(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
        SimClient tv = sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add();
        Bridge bridge = onlineBridge(sim);
        Thing client = onlineClient(bridge, "tv-1");
        tv.play("film-1");
        callback.awaitTrigger(channel(client, CHANNEL_PLAYBACK_EVENT), "STARTED", WAIT);
        int statuses = callback.statuses(bridge.getUID()).size();
        int fetches = sim.requests().count(Req.get("/Sessions"));

        sim.restart();

        awaitCount(() -> upgrades(sim), 2);
        // the resync follows the subscription: from here on the pause is pushed (or seen by the resync)
        awaitCount(() -> sim.requests().count(Req.get("/Sessions")), fetches + 1);
        tv.pause();
        callback.awaitTrigger(channel(client, CHANNEL_PLAYBACK_EVENT), "PAUSED", WAIT);
        assertEquals(1, startedTriggers(callback, client), () -> "triggers: "
                + callback.triggers(channel(client, CHANNEL_PLAYBACK_EVENT)));
        assertNoOffline(statusesSince(callback, bridge.getUID(), statuses));
    }

    @Test
    void whenTheSocketDropsEveryTwoSecondsThenTheBridgeStaysOnlineAndReconnectsOncePerDrop() {
        dropSocketsRepeatedly(Duration.ofSeconds(2), Duration.ofSeconds(14));
    }

    @Test
    @Tag("heavy")
    void whenTheSocketDropsEveryThreeSecondsForAMinuteThenTheBridgeNeverFlapsOrStorms() {
        dropSocketsRepeatedly(Duration.ofSeconds(3), Duration.ofSeconds(60));
    }

    private void dropSocketsRepeatedly(Duration every, Duration total) {
        JellyfinSimulator sim = started(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
        SimClient tv = sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add();
        Bridge bridge = onlineBridge(sim);
        Thing client = onlineClient(bridge, "tv-1");
        tv.play("film-1");
        callback.awaitTrigger(channel(client, CHANNEL_PLAYBACK_EVENT), "STARTED", WAIT);
        int statuses = callback.statuses(bridge.getUID()).size();
        int upgradesBefore = upgrades(sim);

        long start = System.nanoTime();
        int drops = 0;
        while (System.nanoTime() - start < total.toNanos()) {
            // each drop hits a socket that is back: on a busy machine the reconnection may take longer than the pace
            awaitCount(() -> upgrades(sim), upgradesBefore + drops);
            awaitCount(sim::openSockets, 1);
            pause(every);
            sim.dropAllSockets();
            drops++;
        }
        awaitCount(() -> upgrades(sim), upgradesBefore + drops);
        tv.pause();
        // the pause reached the client over the last socket: any reconnection storm would have shown by now
        callback.awaitTrigger(channel(client, CHANNEL_PLAYBACK_EVENT), "PAUSED", WAIT);
        double minutes = (System.nanoTime() - start) / 60e9;
        int attempts = upgrades(sim) - upgradesBefore;

        assertNoOffline(statusesSince(callback, bridge.getUID(), statuses));
        assertTrue(attempts <= drops + 2, attempts + " connection attempts for " + drops + " drops");
        assertEquals(1, sim.openSockets(), "one socket at a time");
        assertEquals(1, startedTriggers(callback, client), "each resync kept the playback it already knew");
        Figures.record("socket dropped every " + every.toSeconds() + " s for " + total.toSeconds() + " s",
                drops + " drops, " + attempts + " WebSocket upgrades, " + Math.round(attempts / minutes)
                        + " attempts per minute, bridge OFFLINE 0 times, STARTED fired 1 time");
    }

    @Test
    @Tag("heavy")
    void whenTheServerShutsDownThenTheBridgeStaysOnlineForTheGraceAndThenSaysTheServerShutDown() {
        JellyfinSimulator sim = started(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
        Bridge bridge = onlineBridge(sim);
        int statuses = callback.statuses(bridge.getUID()).size();
        long stoppedAt = System.nanoTime();

        // Jellyfin announces the shutdown first; the simulator's own stop may cut its announcement short
        sim.broadcast("ServerShuttingDown");
        // messages are handled in order: once a later push is applied, the announcement has been read
        sim.newClient("Marker").add();
        callback.awaitStateEquals(new ChannelUID(bridge.getUID(), CHANNEL_ACTIVE_SESSIONS),
                new DecimalType(sim.sessions().size()), WAIT);
        sim.stop();

        ThingStatusInfo down = callback.awaitStatus(bridge.getUID(),
                info -> offline(info, ThingStatusDetail.COMMUNICATION_ERROR), Duration.ofSeconds(45));
        long seconds = (System.nanoTime() - stoppedAt) / 1_000_000_000L;
        assertTrue(seconds >= 29, "OFFLINE only after the 30 s threshold, was " + seconds + " s");
        assertTrue(String.valueOf(down.getDescription()).contains("the server is shutting down"),
                String.valueOf(down.getDescription()));
        assertEquals(1, statusesSince(callback, bridge.getUID(), statuses).stream()
                .filter(s -> s.getStatus() == ThingStatus.OFFLINE).count());
        sim.restart();
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, Duration.ofSeconds(70));
        Figures.record("server shut down", "bridge ONLINE for " + seconds
                + " s, then OFFLINE naming the shutdown, ONLINE again after the restart");
    }

    @Test
    void whenABurstOfServerErrorsHitsTheConnectionThenTheBridgeRetriesAndComesOnline() {
        JellyfinSimulator sim = started(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
        sim.failNextRequests(12, 503);

        Bridge bridge = host.startBridge("srv", userConfig(sim.port()), attempt -> Duration.ofMillis(100));

        ThingStatusInfo failing = callback.awaitStatus(bridge.getUID(),
                info -> offline(info, ThingStatusDetail.COMMUNICATION_ERROR), WAIT);
        String reason = String.valueOf(failing.getDescription());
        assertTrue(reason.startsWith("@text/offline.comm-error.server-error") && reason.contains("HTTP 503"), reason);
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        int failed = sim.requests().count(Req.any("/System/Info/Public").status(503));
        int total = sim.requests().all().size();
        assertEquals(12, failed);
        assertTrue(total <= failed + 6, "one attempt per failure, then one connection: " + sim.requests().dump());
        Figures.record("burst of 12 HTTP 503", total + " requests in all until ONLINE");
    }

    @Test
    void whenServerErrorsHitTheResyncAfterADropThenTheStateStillCatchesUp() {
        JellyfinSimulator sim = started(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
        SimClient tv = sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add();
        Bridge bridge = onlineBridge(sim);
        Thing client = onlineClient(bridge, "tv-1");
        tv.play("film-1");
        callback.awaitStateEquals(channel(client, CHANNEL_PLAY_STATE), new StringType("PLAYING"), WAIT);
        int upgradesBefore = upgrades(sim);

        sim.failNextRequests(3, 502);
        sim.dropAllSockets();
        tv.stop();

        awaitCount(() -> upgrades(sim), upgradesBefore + 1);
        callback.awaitStateEquals(channel(client, CHANNEL_PLAY_STATE), new StringType("STOPPED"), WAIT);
        assertEquals(ThingStatus.ONLINE, bridgeStatus(bridge));
    }

    @Test
    void whenTheServerAnswersSlowerThanTheTimeoutThenTheBridgeReportsItAndRecovers() {
        JellyfinSimulator sim = started(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
        sim.delayNextRequests(1, Duration.ofSeconds(11));

        Bridge bridge = host.startBridge("srv", userConfig(sim.port()));

        ThingStatusInfo slow = callback.awaitStatus(bridge.getUID(),
                info -> offline(info, ThingStatusDetail.COMMUNICATION_ERROR), WAIT.plusSeconds(10));
        String reason = String.valueOf(slow.getDescription());
        assertTrue(reason.startsWith("@text/offline.comm-error.timeout") && reason.contains("10 s"), reason);
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
    }

    private ThingStatus bridgeStatus(Bridge bridge) {
        ThingStatusInfo last = callback.lastStatus(bridge.getUID());
        return last == null ? ThingStatus.UNINITIALIZED : last.getStatus();
    }

    private static void assertNoOffline(List<ThingStatusInfo> statuses) {
        assertTrue(statuses.stream().noneMatch(s -> s.getStatus() == ThingStatus.OFFLINE),
                () -> "the bridge flapped: " + statuses);
    }

    static void awaitCount(IntSupplier count, int atLeast) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count.getAsInt() < atLeast) {
            if (System.nanoTime() > deadline) {
                fail("expected at least " + atLeast + ", have " + count.getAsInt());
            }
            pause(Duration.ofMillis(20));
        }
    }
}
