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
import org.openhab.binding.jellyfin.internal.live.StreamHarness.Auth;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimClient;

/**
 * The session stream against a server that falls silent or shuts down: the watchdog notices a silent socket (and
 * only a silent one), a shutdown is reported with its reason once the outage lasts, and the stream comes back.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionStreamFaultsTest {

    private static final Duration WATCHDOG = Duration.ofMillis(600);

    @Test
    void whenTheSocketFallsSilentThenTheWatchdogReconnects() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            // keep-alives every 10 s: after its greeting the server has nothing to say for longer than the watchdog
            h.startConnected(StreamHarness.fast().withWatchdog(WATCHDOG), State.LIVE);
            int from = h.listener.statusCount();

            RecordingStreamListener.Status interrupted = h.listener.awaitStatus(State.INTERRUPTED, from, WAIT);

            assertTrue(Objects.requireNonNull(interrupted.reason()).contains("no message from the server for 600 ms"),
                    interrupted.toString());
            h.listener.awaitStatus(State.LIVE, from, WAIT);
            assertTrue(h.upgrades() >= 2, "reconnected: " + h.upgrades());
        }
    }

    @Test
    void whenKeepAlivesAreEchoedThenTheWatchdogNeverFires() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            // keep-alives far more often than the watchdog: a busy machine cannot close that gap
            Duration keepAlive = Duration.ofMillis(100);
            Duration watchdog = Duration.ofSeconds(2);
            h.startConnected(StreamHarness.fast().withWatchdog(watchdog).withKeepAliveInterval(keepAlive), State.LIVE);
            int from = h.listener.statusCount();

            h.awaitKeepAliveEchoes(2 * (int) (watchdog.toMillis() / keepAlive.toMillis()));

            assertEquals(1, h.upgrades());
            assertEquals(from, h.listener.statusCount(), () -> "statuses: " + h.listener.statuses());
        }
    }

    @Test
    void whenTheServerShutsDownThenDownNamesTheShutdownAndTheStreamReturnsWithTheServer() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            h.startConnected(StreamHarness.fast().withOfflineThreshold(Duration.ofMillis(500)), State.LIVE);
            int from = h.listener.statusCount();

            // Jellyfin announces the shutdown first; the simulator's own stop may cut its announcement short
            h.sim.broadcast("ServerShuttingDown");
            // messages are handled in order: once a later push is applied, the announcement has been read
            int before = h.listener.diffCount();
            SimClient marker = h.sim.newClient("Marker").add();
            h.listener.awaitDiff(before, d -> d.forSession(marker.id()) != null, WAIT);
            h.sim.stop();

            RecordingStreamListener.Status interrupted = h.listener.awaitStatus(State.INTERRUPTED, from, WAIT);
            assertTrue(Objects.requireNonNull(interrupted.reason()).contains("shutting down"), interrupted.toString());
            RecordingStreamListener.Status down = h.listener.awaitStatus(State.DOWN, from, WAIT);
            assertTrue(Objects.requireNonNull(down.reason()).contains("shutting down"), down.toString());

            int back = h.listener.statusCount();
            h.sim.restart();
            h.listener.awaitStatus(State.LIVE, back, WAIT);
            int diffs = h.listener.diffCount();
            tv.play("film-1");
            h.listener.awaitDiff(diffs, d -> {
                SessionChange change = d.forSession(tv.id());
                return change != null && change.events().contains(SessionEvent.PLAYBACK_STARTED);
            }, WAIT);
        }
    }
}
