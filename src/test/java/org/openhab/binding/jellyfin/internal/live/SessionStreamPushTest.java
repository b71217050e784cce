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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.jellyfin.internal.live.SessionChange.Fact;
import org.openhab.binding.jellyfin.internal.live.StreamHarness.Auth;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimClient;

/**
 * Session pushes on every dialect: subscribed, a playback start arrives as one diff within one push, and pushes
 * that change nothing stay quiet.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionStreamPushTest {

    @ParameterizedTest
    @CsvSource({ "JELLYFIN_10_8,ADMIN", "JELLYFIN_10_8,API_KEY", "JELLYFIN_10_9,ADMIN", "JELLYFIN_10_10,ADMIN",
            "JELLYFIN_10_10,API_KEY", "JELLYFIN_10_11,ADMIN", "JELLYFIN_10_11,API_KEY", "JELLYFIN_10_11,USER",
            "JELLYFIN_12_0,ADMIN", "JELLYFIN_12_0,API_KEY", "EMBY_4_8,ADMIN", "EMBY_4_9,ADMIN", "EMBY_4_9,API_KEY" })
    void whenPlaybackStartsThenOneDiffWithPlaybackStartedArrivesWithAPush(Dialect dialect, Auth auth)
            throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(dialect), auth)) {
            SimClient tv = h.sim.newClient("Living Room TV").user(auth == Auth.USER ? "bob" : "alice").add();
            h.startConnected(StreamHarness.fast(), State.LIVE);
            h.listener.awaitDiff(0, d -> d.forSession(tv.id()) != null, WAIT);
            int from = h.listener.diffCount();
            int fetches = h.sessionFetches();

            tv.play("film-1");
            DiffResult diff = h.listener.awaitDiff(from, d -> d.forSession(tv.id()) != null, WAIT);

            // the stream polls only after 20 s: a diff without a fetch came with a push
            assertEquals(fetches, h.sessionFetches(), "pushed, not polled");
            SessionChange change = Objects.requireNonNull(diff.forSession(tv.id()));
            // the binding's own session may still report its socket (SupportsRemoteControl) in the same push
            assertTrue(diff.changes().stream().allMatch(c -> c.equals(change) || c.events().isEmpty()), diff.toString());
            assertEquals(Set.of(SessionEvent.PLAYBACK_STARTED), change.events());
            assertEquals(EnumSet.of(Fact.PLAY_STATE, Fact.ITEM, Fact.POSITION, Fact.CAN_SEEK, Fact.PLAY_METHOD),
                    change.facts());
            SessionState now = Objects.requireNonNull(change.current());
            assertEquals(h.sim.itemId("film-1"), Objects.requireNonNull(now.nowPlayingItem()).id());
            assertEquals(PlayStatus.PLAYING, now.status());
            assertSame(diff.current(), h.listener.diffs().get(h.listener.diffCount() - 1).current());
            assertEquals(1, h.sim.requests().count(h.socketUpgrade()));
            assertTrue(h.sim.refusedSubscriptions().isEmpty());
            h.sim.assertNoSpecViolations();
        }
    }

    @Test
    void whenAPushChangesNothingThenTheListenerIsNotCalled() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add().play("film-1").volume(30);
            SessionStream stream = h.startConnected(StreamHarness.fast(), State.LIVE);
            h.listener.awaitDiff(0, d -> d.forSession(tv.id()) != null, WAIT);
            int from = h.listener.diffCount();
            SessionSnapshot before = stream.currentSnapshot();

            tv.volume(30).mute(false);
            tv.volume(31);

            DiffResult next = h.listener.awaitDiff(from, d -> true, WAIT);
            assertEquals(from + 1, h.listener.diffCount());
            assertEquals(Set.of(Fact.VOLUME), Objects.requireNonNull(next.forSession(tv.id())).facts());
            assertNotSame(before, next.previous(), "the unchanged pushes were applied without a listener call");
        }
    }
}
