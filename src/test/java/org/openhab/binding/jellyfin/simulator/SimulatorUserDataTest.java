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

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Marks played and unplayed change a user's data as the servers do (Jellyfin's and Emby's
 * {@code BaseItem.MarkPlayed}/{@code MarkUnplayed}): what a repeated request changes and what it does not, and a
 * request whose answer is lost is carried out all the same.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorUserDataTest {

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_8", "JELLYFIN_10_11", "EMBY_4_9" })
    void whenAnItemIsMarkedPlayedAgainWithoutADateThenNothingChanges(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            String token = sim.login("alice", "probe");
            String path = playedPath(sim, "film-1");

            assertEquals(200, HttpProbe.as(sim, token).post(path).statusCode());
            SimUserData.Entry data = sim.userData("alice", "film-1");
            Instant lastPlayed = data.lastPlayed();
            sim.advance(Duration.ofHours(1));
            assertEquals(200, HttpProbe.as(sim, token).post(path).statusCode());

            assertTrue(data.played());
            assertEquals(1, data.playCount());
            assertEquals(lastPlayed, data.lastPlayed(), "the date of the first mark stays");
            assertEquals(0, data.positionTicks());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_10", "EMBY_4_8" })
    void whenAnItemIsMarkedPlayedWithADateThenEachMarkCountsAPlay(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            String token = sim.login("alice", "probe");
            String played = playedPath(sim, "film-1");
            String path = played + (played.contains("?") ? "&" : "?")
                    + (dialect.isEmby() ? "DatePlayed=20250108175000" : "datePlayed=2025-01-08T17:50:00Z");

            assertEquals(200, HttpProbe.as(sim, token).post(path).statusCode());
            assertEquals(200, HttpProbe.as(sim, token).post(path).statusCode());

            SimUserData.Entry data = sim.userData("alice", "film-1");
            assertEquals(2, data.playCount());
            assertEquals(Instant.parse("2025-01-08T17:50:00Z"), data.lastPlayed());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_11", "EMBY_4_9" })
    void whenAnItemIsMarkedUnplayedThenItsPlaysAndDatesAreGoneAndARepeatChangesNothing(Dialect dialect)
            throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            String token = sim.login("alice", "probe");
            sim.markPlayed("alice", "film-1");

            assertEquals(200, HttpProbe.as(sim, token).delete(playedPath(sim, "film-1")).statusCode());
            assertEquals(200, HttpProbe.as(sim, token).delete(playedPath(sim, "film-1")).statusCode());

            SimUserData.Entry data = sim.userData("alice", "film-1");
            assertFalse(data.played());
            assertEquals(0, data.playCount());
            assertNull(data.lastPlayed());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_9", "EMBY_4_9" })
    void whenTheAnswerIsLostThenTheRequestWasCarriedOutAndTheClientGetsNoAnswer(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            String token = sim.login("alice", "probe");
            Req played = Req.post(dialect.userIdInPlaystatePaths() ? "/Users/{u}/PlayedItems/{i}"
                    : "/UserPlayedItems/{i}");
            sim.loseNextAnswers(played, 1);

            assertThrows(IOException.class, () -> HttpProbe.as(sim, token).post(playedPath(sim, "film-1")));

            assertTrue(sim.userData("alice", "film-1").played(), "carried out");
            assertEquals(1, sim.requests().count(played.status(200)));
            assertEquals(200, HttpProbe.as(sim, token).get("/System/Info/Public").statusCode(), "the next is answered");
        }
    }

    /** The played-items route of the dialect for alice, with the ids as the dialect's spec writes them. */
    private static String playedPath(JellyfinSimulator sim, String itemKey) {
        boolean emby = sim.dialect().isEmby();
        String item = emby ? sim.itemId(itemKey) : SimulatorAuthTest.dashed(sim.itemId(itemKey));
        String user = emby ? sim.admin().id() : SimulatorAuthTest.dashed(sim.admin().id());
        return sim.dialect().userIdInPlaystatePaths() ? "/Users/" + user + "/PlayedItems/" + item
                : "/UserPlayedItems/" + item + "?userId=" + user;
    }
}
