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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Remote-control requests change the simulated player like a real client would, and reach real
 * clients as socket messages.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorRemoteControlTest {

    @Test
    void whenCommandsArriveThenTheScriptedPlayerObeys() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10)) {
            SimClient tv = sim.newClient("TV").add().play("episode-1-1", "episode-1-2");
            HttpProbe key = HttpProbe.as(sim, sim.apiKey());
            String base = "/Sessions/" + tv.id();

            assertEquals(204, key.post(base + "/Playing/Seek?seekPositionTicks=600000000").statusCode());
            assertEquals(600_000_000L, tv.session().positionTicks());
            assertEquals(204, key.post(base + "/Playing/NextTrack").statusCode());
            assertEquals(sim.itemId("episode-1-2"), tv.session().nowPlayingItemId());
            assertEquals(204, key.post(base + "/Command/Mute").statusCode());
            assertTrue(tv.session().isMuted());
            assertEquals(204, key.post(base + "/Command",
                    "{\"Name\":\"SetRepeatMode\",\"Arguments\":{\"RepeatMode\":\"RepeatAll\"}}").statusCode());
            assertEquals("RepeatAll", tv.session().repeatMode());
            assertEquals(204, key.post(base + "/Message", "{\"Header\":\"openHAB\",\"Text\":\"Hello\"}").statusCode());
            assertEquals("Hello", tv.session().lastMessage());
            assertEquals(204, key.post(base + "/Playing/Stop").statusCode());
            assertNull(tv.session().nowPlayingItemId());
            assertEquals(400, key.post(base + "/Command", "{\"Name\":\"SetVolume\",\"Arguments\":{\"Volume\":\"loud\"}}")
                    .statusCode());
            sim.assertNoSpecViolations();
            sim.assertNoResponseViolations();
        }
    }

    @Test
    void whenTheSessionIsUnknownOrTheCommandInvalidThenTheServerSaysSo() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_10).strict(false).start()) {
            SimClient tv = sim.newClient("TV").add();
            HttpProbe key = HttpProbe.as(sim, sim.apiKey());

            assertEquals(404, key.post("/Sessions/0123456789abcdef0123456789abcdef/Playing/Pause").statusCode());
            assertEquals(400, key.post("/Sessions/" + tv.id() + "/Playing/Dance").statusCode());
            assertEquals(404, key.post("/Sessions/" + tv.id() + "/Playing?playCommand=PlayNow&itemIds="
                    + "0123456789abcdef0123456789abcdef").statusCode());
            assertEquals(405, key.get("/Sessions/" + tv.id() + "/Playing/Pause").statusCode());
        }
    }

    @Test
    void whenAClientIsNotControllableThenCommandsChangeNothing() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11)) {
            SimClient phone = sim.newClient("Phone").notControllable().add().play("film-1");

            assertEquals(204, HttpProbe.as(sim, sim.apiKey()).post("/Sessions/" + phone.id() + "/Playing/Pause")
                    .statusCode());

            assertFalse(phone.session().isPaused());
            JsonObject listed = HttpProbe.json(HttpProbe.as(sim, sim.apiKey()).get("/Sessions")).getAsJsonArray()
                    .get(0).getAsJsonObject();
            assertFalse(listed.get("SupportsRemoteControl").getAsBoolean());
        }
    }

    @Test
    void whenARealClientIsControlledThenItsSocketGetsThePlaystateMessage() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.EMBY_4_9);
                WsProbe player = SimTestSupport.connect(sim, sim.login("bob", "player-1"), "player-1")) {
            player.await("ForceKeepAlive", SimTestSupport.WAIT);
            SimSession session = sim.sessionOfDevice("player-1").orElseThrow();

            var response = HttpProbe.as(sim, sim.apiKey()).post("/Sessions/" + session.id() + "/Playing/Seek",
                    "{\"Command\":\"Seek\",\"SeekPositionTicks\":42}");

            assertEquals(204, response.statusCode(), response.body());
            JsonObject data = player.await("Playstate", SimTestSupport.WAIT).getAsJsonObject("Data");
            assertEquals("Seek", data.get("Command").getAsString());
            assertEquals(42, data.get("SeekPositionTicks").getAsLong());
            assertFalse(player.received().get(0).contains("MessageId"), "Emby messages carry no MessageId");
        }
    }

    @Test
    void whenTheClockAdvancesThenPlayingClientsMoveAndPausedOnesDoNot() {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_12_0)) {
            SimClient playing = sim.newClient("A").add().play("track-1");
            SimClient paused = sim.newClient("B").add().play("track-2").pause();

            sim.advance(Duration.ofSeconds(3));

            assertEquals(30_000_000L, playing.session().positionTicks());
            assertEquals(0L, paused.session().positionTicks());
        }
    }

    @Test
    void whenSessionsAreFilteredThenTheQueryParametersApplyAsEachVersionDoes() throws Exception {
        for (Dialect dialect : new Dialect[] { Dialect.JELLYFIN_10_8, Dialect.JELLYFIN_10_10 }) {
            try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
                sim.newClient("Old").add();
                sim.advance(Duration.ofSeconds(120));
                SimClient fresh = sim.newClient("Fresh").deviceId("fresh-1").add();
                sim.newClient("Remote-less").notControllable().add();
                HttpProbe key = HttpProbe.as(sim, sim.apiKey());
                String admin = SimulatorAuthTest.dashed(sim.admin().id());

                int active = HttpProbe.json(key.get("/Sessions?activeWithinSeconds=60")).getAsJsonArray().size();
                assertEquals(dialect == Dialect.JELLYFIN_10_8 ? 3 : 2, active, dialect.id());
                assertEquals(1, HttpProbe.json(key.get("/Sessions?controllableByUserId=" + admin
                        + "&activeWithinSeconds=60")).getAsJsonArray().size());
                var byDevice = HttpProbe.json(key.get("/Sessions?deviceId=fresh-1")).getAsJsonArray();
                assertEquals(fresh.id(), byDevice.get(0).getAsJsonObject().get("Id").getAsString());
                sim.assertNoSpecViolations();
            }
        }
    }
}
