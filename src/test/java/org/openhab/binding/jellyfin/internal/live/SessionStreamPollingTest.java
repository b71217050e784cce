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
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.live.StreamHarness.Auth;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimClient;

/**
 * Refused subscriptions (Jellyfin 10.9.0-10.10.5 with an API key or a non-admin user): the stream polls
 * {@code GET /Sessions}, says why once, and playback changes still arrive.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionStreamPollingTest {

    private static StreamSettings polling() {
        return StreamHarness.fast().withPollInterval(Duration.ofMillis(150))
                .withSubscriptionGrace(Duration.ofMillis(200));
    }

    private static JellyfinSimulator jellyfin(String version) {
        return JellyfinSimulator.builder(Dialect.JELLYFIN_10_10).version(version).start();
    }

    @Test
    void whenAnApiKeyMayNotSubscribeThenTheStreamPollsAndSaysWhyOnce() throws Exception {
        try (StreamHarness h = StreamHarness.start(jellyfin("10.10.5"), Auth.API_KEY)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            h.startConnected(polling(), State.POLLING);

            tv.play("film-1");
            h.listener.awaitDiff(0, d -> has(d, tv, SessionEvent.PLAYBACK_STARTED), WAIT);
            tv.stop();
            h.listener.awaitDiff(0, d -> has(d, tv, SessionEvent.PLAYBACK_STOPPED), WAIT);

            assertEquals(List.of(State.CONNECTING, State.POLLING), h.listener.states());
            String reason = Objects.requireNonNull(h.listener.statuses().get(1).reason());
            assertTrue(reason.contains("API keys") && reason.contains("10.10.6") && reason.contains("administrator"),
                    reason);
            assertTrue(h.sim.refusedSubscriptions().isEmpty(), "not asked when the version is known to refuse");
            h.sim.assertNoSpecViolations();
        }
    }

    @Test
    void whenAUserIsNoAdministratorThenTheStreamPolls() throws Exception {
        try (StreamHarness h = StreamHarness.start(jellyfin("10.10.5"), Auth.USER)) {
            SimClient phone = h.sim.newClient("Phone").user("bob").add();
            h.startConnected(polling(), State.POLLING);

            phone.play("track-1");

            h.listener.awaitDiff(0, d -> has(d, phone, SessionEvent.PLAYBACK_STARTED), WAIT);
            String reason = Objects.requireNonNull(h.listener.statuses().get(1).reason());
            assertTrue(reason.contains("not administrators") && reason.contains("administrator account"), reason);
        }
    }

    @Test
    void whenTheServerSilentlyRefusesThenTheStreamNoticesAndPolls() throws Exception {
        try (StreamHarness h = StreamHarness.start(jellyfin("10.10.6"), Auth.API_KEY)) {
            h.sim.setVersion("10.10.5"); // the stream still believes API keys may subscribe
            SimClient tv = h.sim.newClient("Living Room TV").add();
            h.startConnected(polling(), State.LIVE);

            tv.play("film-1");

            RecordingStreamListener.Status polling = h.listener.awaitStatus(State.POLLING, 0, WAIT);
            assertTrue(Objects.requireNonNull(polling.reason()).contains("no live session updates"),
                    polling.reason());
            assertEquals(1, h.sim.refusedSubscriptions().size());
            h.listener.awaitDiff(0, d -> has(d, tv, SessionEvent.PLAYBACK_STARTED), WAIT);
            tv.pause();
            h.listener.awaitDiff(0, d -> has(d, tv, SessionEvent.PAUSED), WAIT);
            assertEquals(List.of(State.CONNECTING, State.LIVE, State.POLLING), h.listener.states());
        }
    }

    @Test
    void whenAnIdleServerPushesNothingThenTheSubscriptionIsNotTakenForRefused() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.API_KEY)) {
            SimClient tv = h.sim.newClient("Living Room TV").add().play("film-1");
            // a push that comes later than a poll showing the same change counts against the subscription only
            // after this grace: long enough for a busy machine
            h.startConnected(StreamHarness.fast().withPollInterval(Duration.ofMillis(150))
                    .withSubscriptionGrace(Duration.ofSeconds(2)), State.LIVE);
            int fetches = h.sessionFetches();

            h.awaitSessionFetchesAbove(fetches + 3); // the resync and checks of the subscription on the idle server
            tv.pause();

            h.listener.awaitDiff(0, d -> has(d, tv, SessionEvent.PAUSED), WAIT);
            assertEquals(List.of(State.CONNECTING, State.LIVE), h.listener.states());
        }
    }

    private static boolean has(DiffResult diff, SimClient client, SessionEvent event) {
        SessionChange change = diff.forSession(client.id());
        return change != null && change.has(event);
    }
}
