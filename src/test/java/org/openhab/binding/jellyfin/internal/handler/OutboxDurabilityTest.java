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
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.host.BindingLog;
import org.openhab.binding.jellyfin.internal.outbox.PendingWrite;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimUserData;
import org.openhab.binding.jellyfin.simulator.SimToken;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Watched marks and playback stops made while the server is unreachable wait in the bridge's outbox, survive
 * a restart of openHAB and reach the server in order when it is back; a write whose answer is lost is sent again
 * and the repeat changes nothing on the server; the outbox is bounded and says what it drops.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class OutboxDurabilityTest {

    private static final long TICKS_40_S = 400_000_000L;
    /**
     * A request that reached the server while it stopped is only released by the client's timeout (10 s); the
     * stop waits for the reporter's earlier requests, so delivery may take that long.
     */
    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @RegisterExtension
    final BindingLog log = BindingLog.atTrace();

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenServerIsDownDuringStopAndWatchedThenBothArriveOnceInOrderWhenItReturns(Dialect dialect)
            throws Exception {
        try (ReporterRig rig = new ReporterRig(dialect).start()) {
            JellyfinSimulator sim = rig.sim;
            playFor40Seconds(rig);

            sim.stop();
            rig.send(CHANNEL_REPORTER_STOP, OnOffType.ON);
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(2), ReporterRig.WAIT);

            rig.serverBack();
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(0), DELIVERY);
            assertDeliveredOnceStopThenPlayed(sim, dialect);
            assertTrue(sim.userData("alice", "film-1").played(), "film-1 is marked played");
            assertNoSecretLogged(sim);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenTheAnswersAreLostThenTheWritesAreSentAgainAndTheRepeatsChangeNothingOnTheServer(Dialect dialect)
            throws Exception {
        try (ReporterRig rig = new ReporterRig(dialect).start()) {
            JellyfinSimulator sim = rig.sim;
            playFor40Seconds(rig);
            Req stop = stopRequest(dialect);
            Req played = playedRequest(dialect);

            sim.loseNextAnswers(stop, 1);
            rig.send(CHANNEL_REPORTER_STOP, OnOffType.ON);
            sim.requests().await(stop, 2, DELIVERY);
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(0), DELIVERY);
            SimUserData.Entry film = sim.userData("alice", "film-1");
            assertEquals(TICKS_40_S, film.positionTicks(), "the resume point of the stop, once");
            assertFalse(film.played());
            assertEquals(0, film.playCount());

            sim.loseNextAnswers(played, 1);
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            List<RecordedRequest> marks = sim.requests().await(played, 2, DELIVERY);
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(0), DELIVERY);
            String dateParameter = dialect.isEmby() ? "DatePlayed" : "datePlayed";
            assertNotNull(marks.get(0).queryParam(dateParameter), "the first attempt says when it was played");
            assertNull(marks.get(1).queryParam(dateParameter), "the repeat does not count another play");
            assertTrue(film.played());
            assertEquals(1, film.playCount(), "one play counted");
            assertEquals(rig.clock.instant(), film.lastPlayed(), "the date of the first attempt");
            assertEquals(2, sim.requests().count(stop), sim.requests().dump());
            sim.assertNoSpecViolations();
        }
    }

    @Test
    void whenOpenHabRestartsWhileWritesWaitThenTheyAreDeliveredAfterItStartsAgain() throws Exception {
        Dialect dialect = Dialect.JELLYFIN_10_10;
        try (ReporterRig rig = new ReporterRig(dialect).start()) {
            JellyfinSimulator sim = rig.sim;
            playFor40Seconds(rig);

            sim.stop();
            rig.send(CHANNEL_REPORTER_STOP, OnOffType.ON);
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(2), ReporterRig.WAIT);
            rig.stopOpenHab();
            List<PendingWrite> stored = rig.storedWrites();
            assertEquals(List.of(PendingWrite.PLAYBACK_STOPPED, PendingWrite.MARK_PLAYED),
                    stored.stream().map(PendingWrite::kind).toList());

            rig.serverBack();
            rig.startOpenHab();
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(0), DELIVERY);
            assertDeliveredOnceStopThenPlayed(sim, dialect);
            assertEquals(List.of(), rig.storedWrites());
        }
    }

    @Test
    void whenMoreWritesWaitThanAllowedThenTheOldestIsDroppedWithAWarningNamingIt() throws Exception {
        try (ReporterRig rig = new ReporterRig(Dialect.JELLYFIN_10_11).bridgeConfig("maxPendingWrites", 3).start()) {
            JellyfinSimulator sim = rig.sim;
            String film = sim.itemId("film-1");
            rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(film));
            sim.requests().await(Req.post("/Sessions/Playing").status(204), ReporterRig.WAIT);

            sim.stop();
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.OFF);
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(3), ReporterRig.WAIT);
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.OFF);

            List<String> warnings = messages(Level.WARN);
            assertEquals(1, warnings.size(), "one warning: " + warnings);
            assertTrue(warnings.get(0).contains("dropped the oldest, mark"), warnings.get(0));
            assertTrue(warnings.get(0).contains("of item " + film), warnings.get(0));
            assertEquals(3, rig.storedWrites().size());

            rig.serverBack();
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(0), DELIVERY);
            long marks = sim.requests().all().stream().filter(r -> r.apiPath().startsWith("/UserPlayedItems/"))
                    .count();
            assertEquals(3, marks, sim.requests().dump());
            assertFalse(sim.userData("alice", "film-1").played(), "the last write (unplayed) won");
        }
    }

    @Test
    void whenServerRefusesAWriteForGoodThenItIsDroppedWithAWarningAndLaterWritesStillArrive() throws Exception {
        try (ReporterRig rig = new ReporterRig(Dialect.JELLYFIN_12_0).start()) {
            JellyfinSimulator sim = rig.sim;
            String unknown = "0123456789abcdef0123456789abcdef";
            rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(unknown));
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            sim.requests().await(Req.post("/UserPlayedItems/{i}").status(404), ReporterRig.WAIT);
            rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(sim.itemId("film-2")));
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(0), ReporterRig.WAIT);
            sim.requests().await(Req.post("/UserPlayedItems/{i}").status(200), ReporterRig.WAIT);

            assertEquals(1, sim.requests().count(Req.post("/UserPlayedItems/{i}").status(404)), "not retried");
            List<String> warnings = messages(Level.WARN);
            assertTrue(warnings.stream().anyMatch(w -> w.contains("refused the mark played of item " + unknown)
                    && w.contains("it is dropped") && w.contains("404")), warnings.toString());
            assertTrue(sim.userData("alice", "film-2").played());
        }
    }

    private static void playFor40Seconds(ReporterRig rig) {
        rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(rig.sim.itemId("film-1")));
        rig.send(CHANNEL_REPORTER_POSITION, new DecimalType(40));
        rig.sim.requests().await(rig.sim.dialect().isEmby() ? Req.post("/Users/{u}/PlayingItems/{i}/Progress")
                : Req.post("/Sessions/Playing/Progress").bodyContains("\"PositionTicks\":" + TICKS_40_S),
                ReporterRig.WAIT);
    }

    /** The stop of the reporter's playback at 40 s. */
    private static Req stopRequest(Dialect dialect) {
        String itemPath = dialect.userIdInPlaystatePaths() ? "/Users/{u}/PlayingItems/{i}" : "/PlayingItems/{i}";
        return dialect.isEmby() ? Req.delete(itemPath).query("PositionTicks", Long.toString(TICKS_40_S))
                : Req.post("/Sessions/Playing/Stopped").bodyContains("\"PositionTicks\":" + TICKS_40_S);
    }

    private static Req playedRequest(Dialect dialect) {
        return Req.post(dialect.userIdInPlaystatePaths() ? "/Users/{u}/PlayedItems/{i}" : "/UserPlayedItems/{i}");
    }

    /**
     * The stop (with the final position) and then the mark, each once: the server was down while they were made and
     * answered every request once it was back, so no answer was lost and nothing was repeated.
     */
    private static void assertDeliveredOnceStopThenPlayed(JellyfinSimulator sim, Dialect dialect) {
        Req stop = stopRequest(dialect);
        Req played = playedRequest(dialect);
        sim.requests().await(played.status(200), ReporterRig.WAIT);
        List<RecordedRequest> all = sim.requests().all();
        List<RecordedRequest> stops = all.stream().filter(stop).toList();
        List<RecordedRequest> marks = all.stream().filter(played).toList();
        assertEquals(1, stops.size(), sim.requests().dump());
        assertEquals(1, marks.size(), sim.requests().dump());
        assertNotNull(marks.get(0).queryParam(dialect.isEmby() ? "DatePlayed" : "datePlayed"),
                "refused connections carried nothing out: the mark keeps its date");
        assertTrue(all.indexOf(stops.get(0)) < all.indexOf(marks.get(0)), "the stop went first");
        sim.assertNoSpecViolations();
    }

    private void assertNoSecretLogged(JellyfinSimulator sim) {
        String alice = sim.admin().id();
        List<String> secrets = sim.accounts().tokensOf(alice).stream().map(SimToken::token)
                .collect(Collectors.toList());
        secrets.add("alice-secret");
        for (ILoggingEvent event : log.events()) {
            for (String secret : secrets) {
                assertFalse(event.getFormattedMessage().contains(secret), "secret logged: " + event);
            }
        }
    }

    private List<String> messages(Level level) {
        return log.events().stream().filter(e -> e.getLevel() == level && e.getLoggerName().contains(".outbox."))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
