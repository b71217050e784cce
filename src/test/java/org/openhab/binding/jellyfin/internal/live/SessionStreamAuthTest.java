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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.jellyfin.internal.live.StreamHarness.Auth;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;

/**
 * Revoked credentials end the stream with AUTH_REJECTED, from the socket upgrade or from the resync, and no
 * further connection is attempted.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionStreamAuthTest {

    @ParameterizedTest
    @CsvSource({ "JELLYFIN_10_10,403", "JELLYFIN_10_11,401", "EMBY_4_9,401" })
    void whenTheTokenIsRevokedThenTheReconnectIsRejectedAndNotRetried(Dialect dialect, int status)
            throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(dialect), Auth.ADMIN)) {
            h.startConnected(StreamHarness.fast(), State.LIVE);
            int statuses = h.listener.statusCount();

            h.sim.revokeToken(Objects.requireNonNull(h.token));
            h.sim.dropAllSockets();

            RecordingStreamListener.Status rejected = h.listener.awaitStatus(State.AUTH_REJECTED, statuses, WAIT);
            assertTrue(Objects.requireNonNull(rejected.reason()).contains("HTTP " + status), rejected.reason());
            assertEquals(2, h.upgrades());
            h.awaitSchedulerDone();
            assertEquals(0, h.pendingJobs(), "nothing left to run: no further attempts");
            assertEquals(2, h.upgrades(), "no further attempts");
            assertEquals(State.AUTH_REJECTED, h.listener.states().get(h.listener.statusCount() - 1));
        }
    }

    @Test
    void whenTheResyncIsRefusedThenTheStreamIsRejectedAndTheSocketClosed() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_12_0), Auth.ADMIN)) {
            SessionStream stream = h.startConnected(StreamHarness.fast(), State.LIVE);

            h.sim.revokeToken(Objects.requireNonNull(h.token));
            stream.refreshNow();

            RecordingStreamListener.Status rejected = h.listener.awaitStatus(State.AUTH_REJECTED, 0, WAIT);
            assertTrue(Objects.requireNonNull(rejected.reason()).contains("HTTP 401"), rejected.reason());
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (h.sim.openSockets() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(0, h.sim.openSockets());
            h.awaitSchedulerDone();
            assertEquals(0, h.pendingJobs(), "nothing left to run: no further attempts");
            assertEquals(1, h.upgrades(), "no further attempts");
        }
    }
}
