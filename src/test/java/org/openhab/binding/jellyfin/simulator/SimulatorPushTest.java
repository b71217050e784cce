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
package org.openhab.binding.jellyfin.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;

/**
 * Push timing and addressing rules of the WebSocket (shared/PROTOCOL.md, "WebSocket").
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorPushTest {

    @Test
    void whenSubscribingThenNothingIsSentUntilSomethingChanges() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10);
                WsProbe probe = SimTestSupport.connect(sim, sim.login("alice", "probe"), "probe")) {
            sim.newClient("TV").add().play("film-2");
            SimTestSupport.subscribe(probe);

            probe.assertNoneBeforeEcho("Sessions");
            sim.newClient("Phone").add();
            probe.await("Sessions", SimTestSupport.WAIT);
        }
    }

    @Test
    void whenUserActsThenPushesAreImmediateAndPeriodicProgressIsThrottled() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11);
                WsProbe probe = SimTestSupport.connect(sim, sim.login("alice", "probe"), "probe")) {
            SimClient tv = sim.newClient("TV").add().play("film-1");
            SimTestSupport.subscribe(probe);
            probe.clear();

            sim.advance(Duration.ofSeconds(10)); // progress every 1 s, interval 1500 ms: t=1,3,5,7,9
            tv.pause();
            probe.send("KeepAlive", null);
            probe.await("KeepAlive", SimTestSupport.WAIT);

            long sessions = probe.received().stream().filter(m -> m.contains("\"MessageType\":\"Sessions\"")).count();
            assertEquals(6, sessions, "5 throttled progress pushes and the immediate pause");
            assertEquals(100_000_000L, tv.session().positionTicks());
            assertTrue(tv.session().isPaused());
        }
    }

    @Test
    void whenAnItemIsMarkedPlayedThenOnlyThatUsersSocketsGetUserDataChanged() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_11)
                .userDataBatch(Duration.ofMillis(50)).start();
                WsProbe alice = SimTestSupport.connect(sim, sim.login("alice", "a"), "a");
                WsProbe bob = SimTestSupport.connect(sim, sim.login("bob", "b"), "b");
                WsProbe key = SimTestSupport.connect(sim, sim.apiKey(), "k")) {
            sim.markPlayed("alice", "film-1");
            sim.markPlayed("alice", "track-2");

            JsonObject message = alice.await("UserDataChanged", SimTestSupport.WAIT);
            JsonObject data = message.getAsJsonObject("Data");
            assertEquals(sim.admin().id(), data.get("UserId").getAsString());
            assertEquals(2, data.getAsJsonArray("UserDataList").size(), "batched into one message");
            // bob's own change comes after alice's batch on the same path: had bob got hers, it would come first
            sim.markPlayed("bob", "film-2");
            JsonObject own = bob.await("UserDataChanged", SimTestSupport.WAIT);
            assertEquals(sim.user().id(), own.getAsJsonObject("Data").get("UserId").getAsString());
            key.assertNone("UserDataChanged", Duration.ZERO);
            alice.assertNone("UserDataChanged", Duration.ZERO);
        }
    }

    @ParameterizedTest
    @CsvSource({ "JELLYFIN_10_8,10.8.13,bob,true", "JELLYFIN_10_9,10.9.11,bob,false",
            "JELLYFIN_10_9,10.9.11,apikey,false", "JELLYFIN_10_10,10.10.5,apikey,false",
            "JELLYFIN_10_10,10.10.6,apikey,true", "JELLYFIN_10_10,10.10.6,bob,false",
            "JELLYFIN_10_10,10.10.6,alice,true", "JELLYFIN_10_11,10.11.11,bob,true", "EMBY_4_8,4.8.11.0,bob,true" })
    void whenSubscribingThenTheVersionDecidesWhoMay(Dialect dialect, String version, String who, boolean allowed)
            throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.builder(dialect).version(version).start();
                WsProbe probe = SimTestSupport.connect(sim,
                        "apikey".equals(who) ? sim.apiKey() : sim.login(who, "probe"), "probe")) {
            SimTestSupport.subscribe(probe);
            sim.newClient("Own").user("bob").add().play("film-3");

            if (allowed) {
                probe.await("Sessions", SimTestSupport.WAIT);
                assertEquals(0, sim.refusedSubscriptions().size());
            } else {
                probe.assertNoneBeforeEcho("Sessions");
                assertEquals(1, sim.refusedSubscriptions().size());
                assertEquals(1, sim.openSockets(), "a refused subscription leaves the socket open");
            }
        }
    }

    @Test
    void whenANonAdminSubscribesOn1011ThenTheyOnlySeeTheirOwnSessions() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11);
                WsProbe probe = SimTestSupport.connect(sim, sim.login("bob", "probe"), "probe")) {
            SimTestSupport.subscribe(probe);
            sim.newClient("Alice TV").add();
            SimClient own = sim.newClient("Bob TV").user("bob").add().play("film-1");

            JsonObject session = SimTestSupport.awaitPlaying(probe, own.id(), sim.itemId("film-1"));
            assertEquals("bob", session.get("UserName").getAsString());
            assertFalse(probe.received().stream().anyMatch(m -> m.contains("Alice TV")));
        }
    }

    @ParameterizedTest
    @CsvSource({ "JELLYFIN_10_10,false", "JELLYFIN_10_11,true" })
    void whenAnApiKeyConnectsThenForceKeepAliveDependsOnTheVersion(Dialect dialect, boolean expected)
            throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect);
                WsProbe probe = WsProbe.connect(sim.webSocketUrl() + "?ApiKey=" + sim.apiKey(), Map.of())) {
            probe.send("KeepAlive", null);
            probe.await("KeepAlive", SimTestSupport.WAIT);
            assertEquals(expected, probe.received().stream().anyMatch(m -> m.contains("ForceKeepAlive")));
        }
    }

    @Test
    void whenTheServerRestartsThenSocketsAreToldAndTheSameUrlServesAgain() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10)) {
            String token = sim.login("alice", "probe");
            int port = sim.port();
            try (WsProbe probe = SimTestSupport.connect(sim, token, "probe")) {
                probe.await("ForceKeepAlive", SimTestSupport.WAIT);
                sim.restart();
                probe.await("ServerRestarting", SimTestSupport.WAIT);
            }
            assertEquals(port, sim.port());
            try (WsProbe again = SimTestSupport.connect(sim, token, "probe")) {
                again.await("ForceKeepAlive", SimTestSupport.WAIT);
                sim.stop();
                again.await("ServerShuttingDown", SimTestSupport.WAIT);
            }
            assertFalse(sim.isRunning());
        }
    }

    @Test
    void whenSessionsStopIsSentThenNoMorePushesArrive() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.EMBY_4_9);
                WsProbe probe = SimTestSupport.connect(sim, sim.login("alice", "probe"), "probe")) {
            SimTestSupport.subscribe(probe);
            probe.send("SessionsStop", null);
            probe.send("KeepAlive", null);
            probe.await("KeepAlive", SimTestSupport.WAIT);

            sim.newClient("TV").add().play("film-1");
            probe.assertNoneBeforeEcho("Sessions");
        }
    }

    @Test
    void whenASocketStaysSilentForTheKeepAlivePeriodThenTheServerClosesIt() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_11).keepAlive(Duration.ofSeconds(1))
                .start(); WsProbe probe = SimTestSupport.connect(sim, sim.login("alice", "p"), "p")) {
            JsonObject force = probe.await("ForceKeepAlive", SimTestSupport.WAIT);
            assertEquals(1, force.get("Data").getAsInt());

            long deadline = System.nanoTime() + SimTestSupport.WAIT.toNanos();
            while (probe.isConnected() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(probe.isConnected());
        }
    }
}
