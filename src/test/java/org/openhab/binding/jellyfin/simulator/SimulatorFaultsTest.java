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

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Faults on demand, the request log and discovery.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorFaultsTest {

    @Test
    void whenFailuresAreScriptedThenTheNextRequestsFailAndLaterOnesSucceed() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10)) {
            sim.failNextRequests(2, 503);
            HttpProbe probe = HttpProbe.of(sim);

            assertEquals(503, probe.get("/System/Info/Public").statusCode());
            assertEquals(503, probe.get("/System/Info/Public").statusCode());
            assertEquals(200, probe.get("/System/Info/Public").statusCode());
            assertEquals(3, sim.requests().count(Req.get("/System/Info/Public")));
        }
    }

    @Test
    void whenSlowAnswersAreScriptedThenTheRequestTakesThatLong() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_9)) {
            sim.delayNextRequests(1, Duration.ofMillis(200));
            long start = System.nanoTime();
            HttpProbe.of(sim).get("/System/Info/Public");
            assertTrue(System.nanoTime() - start >= 200_000_000L);
        }
    }

    @Test
    void whenATokenIsRevokedThenItIsRefused() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11)) {
            String token = sim.login("alice", "hub");
            assertEquals(200, HttpProbe.as(sim, token).get("/Sessions").statusCode());
            assertTrue(sim.revokeToken(token));
            assertEquals(401, HttpProbe.as(sim, token).get("/Sessions").statusCode());
        }
    }

    @Test
    void whenARequestIsAwaitedThenTheLogReturnsItWithItsDetails() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10)) {
            SimClient tv = sim.newClient("TV").add();
            HttpProbe.as(sim, sim.apiKey()).post("/Sessions/" + tv.id() + "/Playing/Pause");

            RecordedRequest r = sim.requests().await(Req.post("/Sessions/{id}/Playing/Pause")
                    .header("Authorization", "MediaBrowser").status(204), Duration.ofSeconds(1));
            assertEquals("/Sessions/" + tv.id() + "/Playing/Pause", r.apiPath());
            assertFalse(r.toString().contains(sim.apiKey()));
            assertThrows(AssertionError.class,
                    () -> sim.requests().await(Req.delete("/Sessions"), Duration.ofMillis(50)));
        }
    }

    @Test
    void whenSocketsAreDroppedOrFedGarbageThenClientsSeeIt() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10);
                WsProbe probe = SimTestSupport.connect(sim, sim.login("alice", "p"), "p")) {
            probe.await("ForceKeepAlive", SimTestSupport.WAIT);
            sim.sendMalformedJson();
            sim.sendOversizedMessage(200_000);
            probe.send("KeepAlive", null);
            probe.await("KeepAlive", SimTestSupport.WAIT);
            assertTrue(probe.received().stream().anyMatch(m -> m.startsWith("{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":")
                    && m.length() < 100));
            assertTrue(probe.received().stream().anyMatch(m -> m.length() > 200_000));

            sim.dropAllSockets();
            long deadline = System.nanoTime() + SimTestSupport.WAIT.toNanos();
            while (probe.isConnected() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertFalse(probe.isConnected());
            assertEquals(0, sim.openSockets());
        }
    }

    @Test
    void whenAskedWhoIsJellyfinServerThenTheResponderAnswers() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_10).discovery(0)
                .serverName("Den").start(); DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(2000);
            byte[] question = "who is JellyfinServer?".getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(question, question.length, InetAddress.getLoopbackAddress(),
                    sim.discoveryPort().orElseThrow()));
            DatagramPacket reply = new DatagramPacket(new byte[1024], 1024);
            socket.receive(reply);

            JsonObject json = JsonParser
                    .parseString(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            assertEquals(sim.serverUrl(), json.get("Address").getAsString());
            assertEquals(sim.serverId(), json.get("Id").getAsString());
            assertEquals("Den", json.get("Name").getAsString());
            assertTrue(json.has("EndpointAddress") && json.get("EndpointAddress").isJsonNull());
        }
    }
}
