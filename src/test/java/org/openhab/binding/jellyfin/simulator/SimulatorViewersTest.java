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

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What the simulator offers for homes with several viewers, cover art and new arrivals: images, the series' image
 * of an episode without one, one user's data per user and who may read or write another's, sessions shared by
 * several users, and {@code LibraryChanged} pushes to users' sockets.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorViewersTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenAPrimaryImageIsAskedWithMaxWidthThenAScaledPngComes(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            String path = "/Items/" + id(sim, "film-1") + "/Images/Primary?"
                    + (dialect.isEmby() ? "MaxWidth" : "maxWidth") + "=300&" + (dialect.isEmby() ? "Tag" : "tag") + "="
                    + sim.library().item("film-1").imageTag();
            HttpResponse<byte[]> answer = (dialect.isEmby() ? HttpProbe.as(sim, sim.apiKey()) : HttpProbe.of(sim))
                    .getBytes(path);

            assertEquals(200, answer.statusCode());
            assertEquals("image/png", answer.headers().firstValue("Content-Type").orElse(""));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.body()));
            assertEquals(300, image.getWidth());
            assertEquals(450, image.getHeight());
            assertEquals(404, HttpProbe.as(sim, sim.apiKey())
                    .getBytes("/Items/" + id(sim, "episode-1-2") + "/Images/Primary").statusCode());
            sim.assertNoSpecViolations();
        }
    }

    @Test
    void whenAnImageIsReplacedThenItsTagAndBytesChange() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11)) {
            String before = sim.library().item("film-2").imageTag();
            byte[] first = HttpProbe.of(sim).getBytes("/Items/" + id(sim, "film-2") + "/Images/Primary").body();
            sim.library().replaceImage("film-2");
            String after = sim.library().item("film-2").imageTag();
            byte[] second = HttpProbe.of(sim).getBytes("/Items/" + id(sim, "film-2") + "/Images/Primary").body();

            assertNotEquals(before, after);
            assertFalse(java.util.Arrays.equals(first, second));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenAnEpisodeHasNoImageThenItNamesItsSeriesImage(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            JsonObject item = item(sim, "episode-1-2");
            assertFalse(item.getAsJsonObject("ImageTags").has("Primary"));
            assertEquals(sim.library().item("series").imageTag(), item.get("SeriesPrimaryImageTag").getAsString());
            assertEquals(sim.itemId("series"), item.get("SeriesId").getAsString());
            JsonObject track = item(sim, "track-3");
            assertEquals(sim.library().item("album").imageTag(), track.get("AlbumPrimaryImageTag").getAsString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_9", "JELLYFIN_10_10", "JELLYFIN_10_11",
            "JELLYFIN_12_0" })
    void whenUserDataIsReadThenEachUserHasTheirOwnAndOnlyAdminsReadOthers(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            sim.markPlayed("bob", "film-1");
            String item = dashed(sim.itemId("film-1"));
            String alice = "/UserItems/" + item + "/UserData?userId=" + dashed(sim.admin().id());
            String bob = "/UserItems/" + item + "/UserData?userId=" + dashed(sim.user().id());

            assertTrue(HttpProbe.json(HttpProbe.as(sim, sim.apiKey()).get(bob)).getAsJsonObject().get("Played")
                    .getAsBoolean());
            assertFalse(HttpProbe.json(HttpProbe.as(sim, sim.apiKey()).get(alice)).getAsJsonObject().get("Played")
                    .getAsBoolean());
            String bobToken = sim.login("bob", "bob-phone");
            assertEquals(403, HttpProbe.as(sim, bobToken).get(alice).statusCode());
            assertEquals(200, HttpProbe.as(sim, sim.login("alice", "alice-phone")).get(bob).statusCode());
            sim.assertNoSpecViolations();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenAUserWhoIsNotAnAdministratorMarksForAnotherThenOnly108Accepts(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            String bobToken = sim.login("bob", "bob-phone");
            String item = dialect.isEmby() ? sim.itemId("film-2") : dashed(sim.itemId("film-2"));
            String alice = dialect.isEmby() ? sim.admin().id() : dashed(sim.admin().id());
            String path = dialect.userIdInPlaystatePaths() ? "/Users/" + alice + "/PlayedItems/" + item
                    : "/UserPlayedItems/" + item + "?userId=" + alice;

            int status = HttpProbe.as(sim, bobToken).post(path).statusCode();

            assertEquals(dialect == Dialect.JELLYFIN_10_8 ? 200 : 403, status);
            assertEquals(dialect == Dialect.JELLYFIN_10_8, sim.userData("alice", "film-2").played());
            assertFalse(sim.userData("bob", "film-2").played());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenAUserJoinedASessionThenTheySeeItAsAnAdditionalUser(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            SimClient shared = sim.newClient("Shared TV").user("alice").alsoWatching("bob").add();
            sim.newClient("Alice Phone").user("alice").add();
            String bobToken = sim.login("bob", "bob-phone");

            JsonArray seen = HttpProbe.json(HttpProbe.as(sim, bobToken).get("/Sessions")).getAsJsonArray();

            JsonObject session = seen.asList().stream().map(e -> e.getAsJsonObject())
                    .filter(s -> shared.id().equals(s.get("Id").getAsString())).findFirst().orElseThrow();
            JsonObject joined = session.getAsJsonArray("AdditionalUsers").get(0).getAsJsonObject();
            assertEquals(sim.user().id(), joined.get("UserId").getAsString());
            assertEquals("bob", joined.get("UserName").getAsString());
            boolean seesAlicePhone = seen.asList().stream()
                    .anyMatch(s -> "Alice Phone".equals(s.getAsJsonObject().get("DeviceName").getAsString()));
            assertEquals(dialect == Dialect.JELLYFIN_10_8, seesAlicePhone, "10.8 shows every session to anyone");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenTheLibraryChangesThenUsersSocketsAreToldAndApiKeySocketsAreNot(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect);
                WsProbe bob = SimTestSupport.connect(sim, sim.login("bob", "b"), "b");
                WsProbe key = SimTestSupport.connect(sim, sim.apiKey(), "k")) {
            String added = sim.library().addEpisode("season-2", "Chapter 3");
            sim.libraryChanged(List.of(added), List.of("film-1"), List.of());

            JsonObject data = bob.await("LibraryChanged", SimTestSupport.WAIT).getAsJsonObject("Data");
            assertEquals(sim.itemId(added), data.getAsJsonArray("ItemsAdded").get(0).getAsString());
            assertEquals(sim.itemId("film-1"), data.getAsJsonArray("ItemsUpdated").get(0).getAsString());
            assertEquals(0, data.getAsJsonArray("ItemsRemoved").size());
            assertEquals("episode-2-3", added);
            assertEquals("Chapter 3", item(sim, added).get("Name").getAsString());
            key.assertNoneBeforeEcho("LibraryChanged");
        }
    }

    private static JsonObject item(JellyfinSimulator sim, String key) throws Exception {
        String id = id(sim, key);
        String path = sim.dialect().userIdInPlaystatePaths() ? "/Users/" + id(sim, sim.admin().id()) + "/Items/" + id
                : "/Items/" + id + "?userId=" + dashed(sim.admin().id());
        return HttpProbe.json(HttpProbe.as(sim, sim.apiKey()).get(path)).getAsJsonObject();
    }

    /** An item key's id (or a raw id) as the dialect's spec wants it in a path: dashed GUIDs on Jellyfin. */
    private static String id(JellyfinSimulator sim, String keyOrId) {
        String id = keyOrId.matches("[0-9a-f]{32}") ? keyOrId : sim.itemId(keyOrId);
        return sim.dialect().isEmby() ? id : dashed(id);
    }

    private static String dashed(String guid) {
        return SimulatorAuthTest.dashed(guid);
    }
}
