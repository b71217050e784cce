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

import java.net.http.HttpResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;

/**
 * Authentication as each version does it (shared/PROTOCOL.md, "Authentication").
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorAuthTest {

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "JELLYFIN.*", mode = EnumSource.Mode.MATCH_ANY)
    void whenJellyfinGetsTheMediaBrowserHeaderOrApiKeyQueryThenEveryVersionAccepts(Dialect dialect)
            throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            var r = HttpProbe.as(sim, sim.apiKey()).get("/Sessions");
            assertEquals(200, r.statusCode(), r.body());
            r = HttpProbe.of(sim).get("/Sessions?ApiKey=" + sim.apiKey());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(401, HttpProbe.of(sim).get("/Sessions").statusCode());
            assertEquals(401, HttpProbe.as(sim, "not-a-token").get("/Sessions").statusCode());
        }
    }

    @ParameterizedTest
    @CsvSource({ "JELLYFIN_10_8,,200", "JELLYFIN_10_10,,200", "JELLYFIN_10_11,,200", "JELLYFIN_10_11,false,401",
            "JELLYFIN_12_0,,401", "JELLYFIN_12_0,true,200" })
    void whenALegacyAuthFormIsUsedThenItWorksOnlyWhereTheVersionAllowsIt(Dialect dialect, String legacy,
            int expected) throws Exception {
        SimulatorBuilder builder = JellyfinSimulator.builder(dialect);
        if (legacy != null) {
            builder.legacyAuthorization(Boolean.parseBoolean(legacy));
        }
        try (JellyfinSimulator sim = builder.start()) {
            String key = sim.apiKey();
            assertEquals(expected, HttpProbe.of(sim).header("X-Emby-Token", key).get("/Sessions").statusCode());
            assertEquals(expected,
                    HttpProbe.of(sim).header("X-MediaBrowser-Token", key).get("/Sessions").statusCode());
            assertEquals(expected, HttpProbe.of(sim).get("/Sessions?api_key=" + key).statusCode());
            assertEquals(expected, HttpProbe.of(sim)
                    .header("Authorization", SimScript.authorization(key).replace("MediaBrowser", "Emby"))
                    .get("/Sessions").statusCode());
            assertEquals(expected, HttpProbe.of(sim).header("X-Emby-Authorization", SimScript.authorization(key))
                    .get("/Sessions").statusCode());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "EMBY.*", mode = EnumSource.Mode.MATCH_ANY)
    void whenEmbyGetsTheTokenHeaderOrApiKeyQueryThenItAccepts(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            assertEquals(200, HttpProbe.of(sim).header("X-Emby-Token", sim.apiKey()).get("/Sessions").statusCode());
            assertEquals(200, HttpProbe.of(sim).get("/Sessions?api_key=" + sim.apiKey()).statusCode());
            assertEquals(401, HttpProbe.of(sim).get("/Sessions").statusCode());
            assertEquals(404, new HttpProbe(sim.serverUrl()).get("/System/Info/Public").statusCode());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenLoginHeaderLacksDeviceIdThenTheServerAnswers400(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            String scheme = dialect.isEmby() ? "Emby" : "MediaBrowser";
            HttpResponse<String> response = HttpProbe.of(sim)
                    .header(dialect.isEmby() ? "X-Emby-Authorization" : "Authorization",
                            scheme + " Client=\"openHAB\", Device=\"hub\", Version=\"5.1\"")
                    .post("/Users/AuthenticateByName", "{\"Username\":\"alice\",\"Pw\":\"alice-secret\"}");
            assertEquals(400, response.statusCode());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenLoggingInAgainFromTheSameDeviceThenTheEarlierTokenIsRevoked(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            String first = login(sim, "alice-secret", 200);
            assertEquals(200, HttpProbe.as(sim, first).get("/Sessions").statusCode());
            String second = login(sim, "alice-secret", 200);

            assertNotEquals(first, second);
            assertEquals(401, HttpProbe.as(sim, first).get("/Sessions").statusCode());
            assertEquals(200, HttpProbe.as(sim, second).get("/Sessions").statusCode());
            login(sim, "wrong", 401);
            sim.assertNoSpecViolations();
            sim.assertNoResponseViolations();
        }
    }

    private static String login(JellyfinSimulator sim, String password, int expected) throws Exception {
        boolean emby = sim.dialect().isEmby();
        HttpResponse<String> response = HttpProbe.of(sim)
                .header(emby ? "X-Emby-Authorization" : "Authorization", (emby ? "Emby" : "MediaBrowser")
                        + " Client=\"openHAB\", Device=\"hub\", DeviceId=\"oh-bridge-1\", Version=\"5.1\"")
                .post("/Users/AuthenticateByName", "{\"Username\":\"alice\",\"Pw\":\"" + password + "\"}");
        assertEquals(expected, response.statusCode(), response.body());
        if (expected != 200) {
            return "";
        }
        JsonObject json = HttpProbe.json(response).getAsJsonObject();
        assertEquals(sim.admin().id(), json.getAsJsonObject("User").get("Id").getAsString());
        assertEquals(sim.serverId(), json.get("ServerId").getAsString());
        return json.get("AccessToken").getAsString();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_9", "JELLYFIN_10_10", "JELLYFIN_10_11",
            "JELLYFIN_12_0" })
    void whenAnApiKeyMarksPlayedWithoutUserIdThenTheServerAnswers400(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            String item = dashed(sim.itemId("film-1"));
            HttpProbe probe = HttpProbe.as(sim, sim.apiKey());
            assertEquals(400, probe.post("/UserPlayedItems/" + item).statusCode());

            HttpResponse<String> ok = probe.post("/UserPlayedItems/" + item + "?userId=" + dashed(sim.user().id()));
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(HttpProbe.json(ok).getAsJsonObject().get("Played").getAsBoolean());
            assertTrue(sim.userData("bob", "film-1").played());
            assertFalse(sim.userData("alice", "film-1").played());
        }
    }

    @Test
    void whenTheVersionIsSetThenPublicInfoReportsItAndJellyfinNamesItsProduct() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_10).version("10.10.5").start();
                JellyfinSimulator emby = JellyfinSimulator.start(Dialect.EMBY_4_9)) {
            JsonObject info = HttpProbe.json(HttpProbe.of(sim).get("/System/Info/Public")).getAsJsonObject();
            assertEquals("10.10.5", info.get("Version").getAsString());
            assertEquals("Jellyfin Server", info.get("ProductName").getAsString());
            sim.setVersion("10.10.6");
            info = HttpProbe.json(HttpProbe.of(sim).get("/System/Info/Public")).getAsJsonObject();
            assertEquals("10.10.6", info.get("Version").getAsString());

            JsonObject embyInfo = HttpProbe.json(HttpProbe.of(emby).get("/System/Info/Public")).getAsJsonObject();
            assertEquals("4.9.0.41", embyInfo.get("Version").getAsString());
            assertFalse(embyInfo.has("ProductName"));
            assertEquals(emby.serverId(), embyInfo.get("Id").getAsString());
        }
    }

    @Test
    void whenANonAdminListsSessionsThenOnlyTheirOwnAreReturned() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10)) {
            sim.newClient("Alice TV").add();
            SimClient bobs = sim.newClient("Bob Phone").user("bob").add();
            String bobToken = sim.login("bob", "bob-hub");

            var own = HttpProbe.json(HttpProbe.as(sim, bobToken).get("/Sessions")).getAsJsonArray();
            var all = HttpProbe.json(HttpProbe.as(sim, sim.apiKey()).get("/Sessions")).getAsJsonArray();

            assertTrue(own.asList().stream().allMatch(s -> sim.user().id().equals(
                    s.getAsJsonObject().get("UserId").getAsString())));
            assertTrue(own.asList().stream().anyMatch(s -> bobs.id().equals(s.getAsJsonObject().get("Id").getAsString())));
            assertEquals(3, all.size(), "two clients and the session of bob's login");
        }
    }

    static String dashed(String guid) {
        return guid.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
    }
}
