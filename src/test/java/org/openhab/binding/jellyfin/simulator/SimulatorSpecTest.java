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
import static org.openhab.binding.jellyfin.simulator.SimulatorAuthTest.dashed;

import java.net.http.HttpResponse;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;

/**
 * A typical client conversation per dialect, written as that version's spec says: every request
 * conforms and every answer of the simulator validates against the spec's response schemas.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorSpecTest {

    @BeforeEach
    void requireSpecs(TestInfo info) {
        org.junit.jupiter.api.Assumptions.assumeTrue(SpecValidator.specDirectory().isPresent(),
                "shared/openapi not available: " + info.getDisplayName() + " skipped");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenAClientTalksAsTheSpecSaysThenRequestsAndAnswersConform(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            assertTrue(sim.isStrict());
            boolean emby = dialect.isEmby();
            String admin = emby ? sim.admin().id() : dashed(sim.admin().id());
            SimClient tv = sim.newClient("TV").add();
            HttpProbe key = HttpProbe.as(sim, sim.apiKey());

            ok(HttpProbe.of(sim).get("/System/Info/Public"));
            ok(key.get("/Sessions?" + (emby ? "ControllableByUserId=" : "controllableByUserId=") + admin));
            ok(key.get(emby ? "/Users/" + admin + "/Items?SearchTerm=Sintel&IncludeItemTypes=Movie"
                    : "/Items?searchTerm=Sintel&includeItemTypes=Movie&userId=" + admin));
            String film = emby ? sim.itemId("film-2") : dashed(sim.itemId("film-2"));
            ok(emby ? key.post("/Sessions/" + tv.id() + "/Playing?PlayCommand=PlayNow&ItemIds=" + film, "{}")
                    : key.post("/Sessions/" + tv.id() + "/Playing?playCommand=PlayNow&itemIds=" + film));
            ok(emby ? key.post("/Sessions/" + tv.id() + "/Playing/Pause", "{\"Command\":\"Pause\"}")
                    : key.post("/Sessions/" + tv.id() + "/Playing/Pause"));
            ok(key.post("/Sessions/" + tv.id() + "/Command", "{\"Name\":\"SetVolume\",\"Arguments\":{\"Volume\":\"30\"}}"));
            ok(emby ? key.post("/Users/" + admin + "/PlayedItems/" + film + "?DatePlayed=20250108185000")
                    : dialect == Dialect.JELLYFIN_10_8 ? key.post("/Users/" + admin + "/PlayedItems/" + film)
                            : key.post("/UserPlayedItems/" + film + "?userId=" + admin));

            assertEquals(sim.itemId("film-2"), tv.session().nowPlayingItemId());
            assertTrue(tv.session().isPaused());
            assertEquals(30, tv.session().volumeLevel());
            assertTrue(sim.userData("alice", "film-2").played());
            sim.assertNoSpecViolations();
            sim.assertNoResponseViolations();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenAnApiClientReportsItsPlaybackThenItsOwnSessionPlays(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            HttpProbe me = HttpProbe.as(sim, sim.login("alice", "oh-hub"));
            String film = dialect.isEmby() ? sim.itemId("film-3") : dashed(sim.itemId("film-3"));
            String capabilities = dialect.isEmby()
                    ? "/Sessions/Capabilities/Full?Id=" + sim.sessionOfDevice("oh-hub").orElseThrow().id()
                    : "/Sessions/Capabilities/Full";
            ok(me.post(capabilities,
                    "{\"PlayableMediaTypes\":[\"Audio\"],\"SupportedCommands\":[],\"SupportsMediaControl\":false}"));
            ok(me.post("/Sessions/Playing", "{\"ItemId\":\"" + film + "\",\"PositionTicks\":0,\"IsPaused\":false}"));
            ok(me.post("/Sessions/Playing/Progress",
                    "{\"ItemId\":\"" + film + "\",\"PositionTicks\":50000000,\"IsPaused\":true}"));

            SimSession session = sim.sessionOfDevice("oh-hub").orElseThrow();
            assertEquals(sim.itemId("film-3"), session.nowPlayingItemId());
            assertEquals(50_000_000L, session.positionTicks());
            assertTrue(session.isPaused());

            ok(me.post("/Sessions/Playing/Stopped", "{\"ItemId\":\"" + film + "\",\"PositionTicks\":60000000}"));
            assertNull(session.nowPlayingItemId());
            assertEquals(60_000_000L, sim.userData("alice", "film-3").positionTicks());
            sim.assertNoSpecViolations();
            sim.assertNoResponseViolations();
        }
    }

    @Test
    void whenARequestDoesNotConformThenItIsAnswered400AndRecorded() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10)) {
            SimClient tv = sim.newClient("TV").add();
            HttpProbe key = HttpProbe.as(sim, sim.apiKey());

            HttpResponse<String> bogus = key.post("/Sessions/" + tv.id() + "/Playing?playCommand=Bogus&itemIds="
                    + dashed(sim.itemId("film-1")));
            HttpResponse<String> compact = key.post("/UserPlayedItems/" + sim.itemId("film-1") + "?userId="
                    + dashed(sim.admin().id()));

            assertEquals(400, bogus.statusCode());
            assertEquals(400, compact.statusCode(), "the 10.10 spec says format uuid for itemId");
            List<RecordedRequest> violating = sim.requests().all().stream().filter(r -> !r.violations().isEmpty())
                    .toList();
            assertEquals(2, violating.size(), violating.toString());
            assertTrue(violating.get(1).violations().toString().contains("uuid"));
            assertThrows(AssertionError.class, sim::assertNoSpecViolations);
            assertNull(tv.session().nowPlayingItemId());
        }
    }

    @Test
    void whenAHiddenRouteIsCalledThenItIsServedWithoutViolation() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11)) {
            HttpResponse<String> response = HttpProbe.as(sim, sim.apiKey())
                    .post("/Users/" + sim.admin().id() + "/PlayedItems/" + sim.itemId("film-1"));

            assertEquals(200, response.statusCode(), response.body());
            JsonObject data = HttpProbe.json(response).getAsJsonObject();
            assertTrue(data.get("Played").getAsBoolean());
            sim.assertNoSpecViolations();
            assertTrue(sim.routes().stream().anyMatch(r -> r.contains("/Users/{userId}/PlayedItems/{itemId}")
                    && r.contains("hidden")));
        }
    }

    @Test
    void whenJellyfin12IsAskedForPlayingItemsThenTheRouteIsGone() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_12_0)) {
            HttpResponse<String> response = HttpProbe.as(sim, sim.apiKey())
                    .post("/PlayingItems/" + dashed(sim.itemId("film-1")));
            assertEquals(404, response.statusCode());
        }
    }

    private static void ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.request().method() + " " + response.uri() + " -> "
                + response.statusCode() + " " + response.body());
    }
}
