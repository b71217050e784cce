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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

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
            assertEquals(List.of(State.CONNECTING, State.LIVE), h.listener.states());
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
            // keep-alives far more often than the watchdog: a busy machine cannot close that gap
            Duration keepAlive = Duration.ofMillis(100);
            Duration watchdog = Duration.ofSeconds(2);
            h.startConnected(StreamHarness.fast().withKeepAliveInterval(keepAlive).withWatchdog(watchdog),
                    State.LIVE);

            h.awaitKeepAliveEchoes(2 * (int) (watchdog.toMillis() / keepAlive.toMillis()));

            assertEquals(1, h.upgrades());
            assertFalse(h.listener.states().contains(State.INTERRUPTED), h.listener.states().toString());
        }
    }

    @Test
    void whenTheServerStaysDownThenTheStreamKeepsRetryingWithItsBackoffAndIsLiveWhenItReturns() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_10), Auth.ADMIN)) {
            RecordingBackoff backoff = new RecordingBackoff();
            StreamSettings settings = StreamHarness.fast().withBackoff(backoff)
                    .withOfflineThreshold(Duration.ofMillis(300));
            h.startConnected(settings, State.LIVE);
            int statuses = h.listener.statusCount();
            int upgrades = h.upgrades();

            h.sim.stop();
            h.listener.awaitStatus(State.DOWN, statuses, WAIT);
            backoff.awaitAttempt(25);
            h.sim.restart();

            h.listener.awaitStatus(State.LIVE, statuses, WAIT);
            List<Integer> attempts = backoff.attempts();
            assertEquals(IntStream.rangeClosed(1, attempts.size()).boxed().toList(), attempts,
                    "one delay per failed attempt, counted up without a gap, never given up");
            assertEquals(upgrades + 1, h.upgrades(), "refused attempts never reach the server; then one socket");
            assertEquals(List.of(State.INTERRUPTED, State.DOWN, State.LIVE),
                    h.listener.states().subList(statuses, h.listener.statusCount()));
        }
    }

    @Test
    void whenAnOutageIsShorterThanTheThresholdThenTheStreamIsInterruptedButNeverDown() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            RecordingBackoff backoff = new RecordingBackoff();
            // far longer than the outage below takes, also on a busy machine
            StreamSettings settings = StreamHarness.fast().withOfflineThreshold(WAIT).withBackoff(backoff);
            h.startConnected(settings, State.LIVE);
            int statuses = h.listener.statusCount();

            h.sim.stop();
            RecordingStreamListener.Status interrupted = h.listener.awaitStatus(State.INTERRUPTED, statuses, WAIT);
            assertTrue(Objects.requireNonNull(interrupted.reason()).contains("shutting down"), interrupted.reason());
            backoff.awaitAttempt(2); // an attempt during the outage was refused
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
            assertEquals(List.of(State.INTERRUPTED, State.DOWN, State.LIVE),
                    h.listener.states().subList(statuses, h.listener.statusCount()));
        }
    }

    /** A backoff of 20 ms that records the attempt numbers it is asked for, in order. */
    private static final class RecordingBackoff implements Backoff {
        private final List<Integer> attempts = new ArrayList<>();

        @Override
        public synchronized Duration delay(int attempt) {
            attempts.add(attempt);
            notifyAll();
            return Duration.ofMillis(20);
        }

        synchronized List<Integer> attempts() {
            return List.copyOf(attempts);
        }

        /** Waits until the stream asked for the delay after this failed attempt. */
        synchronized void awaitAttempt(int attempt) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!attempts.contains(attempt)) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0, "no attempt " + attempt + "; attempts: " + attempts);
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
