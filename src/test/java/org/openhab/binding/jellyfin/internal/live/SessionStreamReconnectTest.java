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
package org.openhab.binding.jellyfin.internal.live;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.live.StreamHarness.WAIT;

import java.time.Duration;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.internal.live.StreamHarness.Auth;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimClient;

/**
 * Connection losses: server restarts, dropped and silent sockets, short and long outages. The stream
 * reconnects on its own, resubscribes and resyncs, and reports DOWN only after the offline threshold.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionStreamReconnectTest {

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_10", "JELLYFIN_12_0", "EMBY_4_9" })
    void whenTheServerRestartsThenUpdatesResumeWithoutDuplicateEvents(Dialect dialect) throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(dialect), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add().play("film-1");
            h.startConnected(StreamHarness.fast(), State.LIVE);
            h.listener.awaitDiff(0, d -> d.forSession(tv.id()) != null, WAIT);
            int diffs = h.listener.diffCount();
            int statuses = h.listener.statusCount();
            int fetches = h.sessionFetches();

            h.sim.restart();

            RecordingStreamListener.Status interrupted = h.listener.awaitStatus(State.INTERRUPTED, statuses, WAIT);
            assertTrue(Objects.requireNonNull(interrupted.reason()).contains("restarting"), interrupted.reason());
            try {
                // the simulator rebinds its port while restarting, which may take a moment
                h.listener.awaitStatus(State.LIVE, statuses, WAIT.multipliedBy(2));
            } catch (AssertionError e) {
                String probe;
                try {
                    probe = "a fresh GET /Sessions gives " + h.client
                            .getSessions(null, String::length)
                            .get(3, java.util.concurrent.TimeUnit.SECONDS) + " characters";
                } catch (Exception probeFailure) {
                    probe = "a fresh GET /Sessions fails: " + probeFailure;
                }
                throw new AssertionError(e.getMessage() + "; " + probe + "; requests:\n" + h.sim.requests().dump(), e);
            }
            h.awaitSessionFetchesAbove(fetches);
            tv.pause();
            DiffResult paused = h.listener.awaitDiff(diffs,
                    d -> d.forSession(tv.id()) != null && d.forSession(tv.id()).has(SessionEvent.PAUSED), WAIT);
            assertNotNull(paused);
            assertTrue(h.listener.diffs().subList(diffs, h.listener.diffCount()).stream()
                    .flatMap(d -> d.changes().stream()).noneMatch(c -> c.has(SessionEvent.PLAYBACK_STARTED)),
                    "no second PLAYBACK_STARTED for the session that kept playing");
            assertTrue(h.upgrades() >= 2, "reconnected");
            assertFalse(h.listener.states().contains(State.DOWN));
        }
    }

    @Test
    void whenTheResyncFailsThenItIsRetriedWhileTheServerStaysIdle() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            h.sim.failNextRequests(1, 503);
            SessionStream stream = h.stream(StreamHarness.fast().withPollInterval(Duration.ofMillis(200)));

            stream.start();

            h.listener.awaitDiff(0, d -> d.forSession(tv.id()) != null, WAIT);
            assertEquals(1, h.sim.requests().count(Req.get("/Sessions").status(503)));
            assertEquals(1, h.sim.requests().count(Req.get("/Sessions").status(200)));
            assertEquals(java.util.List.of(State.CONNECTING, State.LIVE), h.listener.states());
        }
    }

    @Test
    void whenSocketsAreDroppedThenTheStreamReconnectsAndPushesResume() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            h.startConnected(StreamHarness.fast(), State.LIVE);
            int statuses = h.listener.statusCount();
            int diffs = h.listener.diffCount();

            h.sim.dropAllSockets();

            h.listener.awaitStatus(State.INTERRUPTED, statuses, WAIT);
            h.listener.awaitStatus(State.LIVE, statuses, WAIT);
            tv.play("track-1");
            h.listener.awaitDiff(diffs, d -> d.forSession(tv.id()) != null
                    && d.forSession(tv.id()).has(SessionEvent.PLAYBACK_STARTED), WAIT);
            assertEquals(2, h.upgrades());
        }
    }

    @Test
    void whenTheSocketStaysSilentThenTheWatchdogReconnects() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_10), Auth.ADMIN)) {
            StreamSettings settings = StreamHarness.fast().withWatchdog(Duration.ofMillis(400));
            h.startConnected(settings, State.LIVE);

            RecordingStreamListener.Status interrupted = h.listener.awaitStatus(State.INTERRUPTED, 0, WAIT);
            assertTrue(Objects.requireNonNull(interrupted.reason()).contains("no message"), interrupted.reason());
            h.listener.awaitStatus(State.LIVE, h.listener.statusCount() - 1, WAIT);
            assertTrue(h.upgrades() >= 2);
        }
    }

    @Test
    void whenKeepAlivesAreSentThenTheWatchdogStaysQuiet() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            StreamSettings settings = StreamHarness.fast().withKeepAliveInterval(Duration.ofMillis(100))
                    .withWatchdog(Duration.ofMillis(400));
            h.startConnected(settings, State.LIVE);

            Thread.sleep(1200);

            assertEquals(1, h.upgrades());
            assertFalse(h.listener.states().contains(State.INTERRUPTED), h.listener.states().toString());
        }
    }

    @Test
    void whenAnOutageIsShorterThanTheThresholdThenTheStreamIsInterruptedButNeverDown() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            StreamSettings settings = StreamHarness.fast().withOfflineThreshold(Duration.ofSeconds(3));
            h.startConnected(settings, State.LIVE);
            int statuses = h.listener.statusCount();

            h.sim.stop();
            RecordingStreamListener.Status interrupted = h.listener.awaitStatus(State.INTERRUPTED, statuses, WAIT);
            assertTrue(Objects.requireNonNull(interrupted.reason()).contains("shutting down"), interrupted.reason());
            Thread.sleep(300);
            h.sim.restart();

            h.listener.awaitStatus(State.LIVE, statuses, WAIT);
            assertFalse(h.listener.states().contains(State.DOWN), h.listener.states().toString());
        }
    }

    @Test
    void whenAnOutageOutlastsTheThresholdThenTheStreamIsDownAndLiveAgainOnReturn() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            StreamSettings settings = StreamHarness.fast().withOfflineThreshold(Duration.ofMillis(300))
                    .withBackoff(Backoff.exponential(Duration.ofMillis(20), Duration.ofMillis(100), 0.2,
                            java.util.random.RandomGenerator.getDefault()));
            h.startConnected(settings, State.LIVE);
            int statuses = h.listener.statusCount();

            h.sim.stop();
            RecordingStreamListener.Status down = h.listener.awaitStatus(State.DOWN, statuses, WAIT);
            assertTrue(Objects.requireNonNull(down.reason()).contains("300 ms"), down.reason());
            int diffs = h.listener.diffCount();
            tv.play("film-2");
            h.sim.restart();

            h.listener.awaitStatus(State.LIVE, statuses, WAIT);
            h.listener.awaitDiff(diffs, d -> d.forSession(tv.id()) != null
                    && d.forSession(tv.id()).has(SessionEvent.PLAYBACK_STARTED), WAIT);
            assertEquals(java.util.List.of(State.INTERRUPTED, State.DOWN, State.LIVE),
                    h.listener.states().subList(statuses, h.listener.statusCount()));
        }
    }
}
