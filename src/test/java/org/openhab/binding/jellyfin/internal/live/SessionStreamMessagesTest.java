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

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.internal.live.StreamHarness.Auth;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimClient;

/**
 * Messages other than session lists: user data with watched detection, library changes, messages the stream does
 * not use, malformed and oversized ones.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionStreamMessagesTest {

    @Test
    void whenAnItemIsMarkedPlayedThenTheUserDataAndTheWatchedItemArrive() throws Exception {
        try (StreamHarness h = StreamHarness.start(
                JellyfinSimulator.builder(Dialect.JELLYFIN_10_11).userDataBatch(Duration.ofMillis(20)).start(),
                Auth.ADMIN)) {
            Clock serverTime = Clock.fixed(h.sim.clock().now(), ZoneOffset.UTC);
            h.startConnected(StreamHarness.fast().withClock(serverTime), State.LIVE);

            h.sim.markPlayed("alice", "film-1");

            UserItemData watched = h.listener.awaitWatched(WAIT);
            assertEquals(h.sim.itemId("film-1"), watched.itemId());
            assertEquals(1, h.listener.userData().size());
            UserDataChange change = h.listener.userData().get(0);
            assertEquals(h.sim.admin().id(), change.userId());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenTheLibraryChangesThenTheListenerHearsWhatWasAddedUpdatedAndRemoved(Dialect dialect) throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(dialect), Auth.ADMIN)) {
            h.startConnected(StreamHarness.fast(), State.LIVE);
            String added = h.sim.library().addEpisode("season-1", "Chapter 4");

            h.sim.libraryChanged(List.of("season-1", added), List.of("film-1", "film-2"), List.of("track-4"));

            LibraryChange change = h.listener.awaitLibraryChange(WAIT);
            assertEquals(new LibraryChange(List.of(h.sim.itemId("season-1"), h.sim.itemId(added)), 2, 2, 1), change);
        }
    }

    @Test
    void whenMessagesAreUnknownOrMalformedThenTheStreamCarriesOn() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_10), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            h.startConnected(StreamHarness.fast(), State.LIVE);
            int diffs = h.listener.diffCount();

            h.sim.broadcast("LibraryChanged");
            h.sim.sendMalformedJson();
            h.sim.sendRawToSockets("[1,2,3]");
            tv.play("episode-1-1");

            h.listener.awaitDiff(diffs, d -> d.forSession(tv.id()) != null, WAIT);
            assertEquals(1, h.upgrades());
            assertEquals(2, h.listener.statusCount(), h.listener.states().toString());
        }
    }

    @Test
    void whenASessionListIsLargerThanJettysDefaultLimitThenItIsAccepted() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.addClients(150).get(0);
            int bytes = h.client.getSessions(null, String::length).get(30, TimeUnit.SECONDS);
            assertTrue(bytes > 64 * 1024, "a list of " + bytes + " characters");
            h.startConnected(StreamHarness.fast(), State.LIVE);
            int diffs = h.listener.diffCount();

            tv.play("film-1");

            DiffResult diff = h.listener.awaitDiff(diffs, d -> d.forSession(tv.id()) != null, WAIT);
            assertTrue(diff.current().size() > 150);
            assertEquals(1, h.upgrades());
            assertEquals(2, h.listener.statusCount(), h.listener.states().toString());
        }
    }

    @Test
    void whenAMessageExceedsTheLimitThenItIsRefusedAndTheStreamReconnects() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            h.startConnected(StreamHarness.fast().withMaxMessageBytes(64 * 1024), State.LIVE);
            int statuses = h.listener.statusCount();
            int diffs = h.listener.diffCount();

            h.sim.sendOversizedMessage(256 * 1024);

            RecordingStreamListener.Status interrupted = h.listener.awaitStatus(State.INTERRUPTED, statuses, WAIT);
            assertNotNull(interrupted.reason());
            h.listener.awaitStatus(State.LIVE, statuses, WAIT);
            tv.play("film-3");
            h.listener.awaitDiff(diffs, d -> d.forSession(tv.id()) != null, WAIT);
            assertTrue(h.listener.diffs().stream().noneMatch(d -> d.current().get("oversized") != null));
            String reason = Objects.requireNonNull(h.listener.statuses().get(statuses).reason());
            assertTrue(reason.contains("larger than the limit"), reason);
        }
    }
}
