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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Turns {@code UserDataChanged} pushes into "became played" facts. A push carries only the new user
 * data (it is also sent for favourites and resume positions), so the tracker remembers the last
 * played state per user and item: an item counts as watched when it was known unplayed and is now
 * played, or its play count rose. For an item seen for the first time, it counts when its
 * {@code LastPlayedDate} is recent (within the window, default 10 minutes, to absorb clock skew):
 * marking an old item as a favourite then does not count. Memory is bounded (least recently seen
 * entries are forgotten). Thread-safe.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class WatchedTracker {

    public static final Duration DEFAULT_RECENT_WINDOW = Duration.ofMinutes(10);
    public static final int DEFAULT_CAPACITY = 10_000;

    private final Clock clock;
    private final Duration recentWindow;
    private final int capacity;
    /** the last data seen per user and item, least recently seen first */
    private final LinkedHashMap<String, UserItemData> seen = new LinkedHashMap<>(64, 0.75f, true);

    public WatchedTracker(Clock clock) {
        this(clock, DEFAULT_RECENT_WINDOW, DEFAULT_CAPACITY);
    }

    /**
     * @param clock the local clock
     * @param recentWindow how old a first-seen item's LastPlayedDate may be to count as just watched
     * @param capacity how many user/item pairs are remembered
     */
    public WatchedTracker(Clock clock, Duration recentWindow, int capacity) {
        this.clock = clock;
        this.recentWindow = recentWindow;
        this.capacity = capacity;
    }

    /**
     * @param change a parsed {@code UserDataChanged} push
     * @return the items of the push that became played, in push order
     */
    public synchronized List<UserItemData> newlyWatched(UserDataChange change) {
        List<UserItemData> watched = new ArrayList<>();
        Instant now = clock.instant();
        for (UserItemData item : change.items()) {
            UserItemData before = seen.put(change.userId() + '/' + item.itemId(), item);
            if (seen.size() > capacity) {
                Iterator<String> eldest = seen.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
            if (item.played() && becamePlayed(before, item, now)) {
                watched.add(item);
            }
        }
        return watched;
    }

    private boolean becamePlayed(@Nullable UserItemData before, UserItemData item, Instant now) {
        if (before != null) {
            return !before.played() || item.playCount() > before.playCount();
        }
        Instant lastPlayed = item.lastPlayedDate();
        return lastPlayed != null && Duration.between(lastPlayed, now).abs().compareTo(recentWindow) <= 0;
    }
}
