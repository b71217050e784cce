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
import static org.openhab.binding.jellyfin.internal.live.SessionStateBuilder.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.ManualClock;

/**
 * "Became played" detection from {@code UserDataChanged} pushes by {@link WatchedTracker}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class WatchedTrackerTest {

    private static final String USER = "08ca909f6d1044aa9930be392943948f";

    private final ManualClock clock = new ManualClock(T0);
    private final WatchedTracker tracker = new WatchedTracker(clock);

    private static UserDataChange push(UserItemData... items) {
        return new UserDataChange(USER, List.of(items));
    }

    private static UserItemData data(String itemId, boolean played, int playCount, @Nullable Instant lastPlayed) {
        return new UserItemData(itemId, played, playCount, 0, null, false, lastPlayed);
    }

    @Test
    void whenAKnownUnplayedItemBecomesPlayedThenItIsWatched() {
        assertEquals(List.of(), tracker.newlyWatched(push(data("item1", false, 0, null))));
        UserItemData played = data("item1", true, 1, Instant.parse("2020-01-01T00:00:00Z"));
        assertEquals(List.of(played), tracker.newlyWatched(push(played)));
        assertEquals(List.of(), tracker.newlyWatched(push(played)), "a repeated push is not a new watch");
    }

    @Test
    void whenThePlayCountRisesThenItIsWatchedAgain() {
        tracker.newlyWatched(push(data("item1", true, 1, T0)));
        UserItemData again = data("item1", true, 2, T0);
        assertEquals(List.of(again), tracker.newlyWatched(push(again)));
    }

    @Test
    void whenAnUnknownItemWasPlayedJustNowThenItIsWatched() {
        clock.advance(Duration.ofMinutes(2));
        UserItemData played = data("item1", true, 7, T0);
        assertEquals(List.of(played), tracker.newlyWatched(push(played)));
    }

    @Test
    void whenAnUnknownItemWasPlayedLongAgoThenItIsNotWatched() {
        clock.advance(Duration.ofDays(3));
        assertEquals(List.of(), tracker.newlyWatched(push(data("item1", true, 7, T0))));
    }

    @Test
    void whenTheRealFixtureArrivesThenOnlyTheRecentlyPlayedItemCounts() {
        LiveMessage message = new MessageParser()
                .parse(Fixtures.load("jellyfin_ws_UserDataChanged_androidtv-issue3387.json"));
        UserDataChange change = assertInstanceOf(UserDataChange.class, message);
        ManualClock atCapture = new ManualClock(Instant.parse("2024-02-20T19:27:00Z"));
        List<UserItemData> watched = new WatchedTracker(atCapture).newlyWatched(change);
        assertEquals(List.of("464ed2dbeeed347ad2b23cbe9e8b560c"), watched.stream().map(UserItemData::itemId).toList());
    }

    @Test
    void whenCapacityIsReachedThenTheOldestEntriesAreForgotten() {
        WatchedTracker small = new WatchedTracker(clock, Duration.ofMinutes(10), 2);
        small.newlyWatched(push(data("a", false, 0, null), data("b", false, 0, null), data("c", false, 0, null)));
        clock.advance(Duration.ofDays(1));
        UserItemData aPlayed = data("a", true, 1, T0);
        UserItemData cPlayed = data("c", true, 1, T0);
        assertEquals(List.of(cPlayed), small.newlyWatched(push(aPlayed, cPlayed)),
                "a was forgotten and is too old to count; c was known unplayed");
    }
}
