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
package org.openhab.binding.jellyfin.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * Per user, per item play data (UserItemDataDto).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimUserData {
    /** One user's data for one item. */
    public static final class Entry {
        boolean played;
        int playCount;
        long positionTicks;
        boolean favorite;
        @Nullable
        Instant lastPlayed;

        public boolean played() {
            return played;
        }

        public int playCount() {
            return playCount;
        }

        public long positionTicks() {
            return positionTicks;
        }

        public @Nullable Instant lastPlayed() {
            return lastPlayed;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Entry get(String userId, String itemId) {
        return entries.computeIfAbsent(userId + "/" + itemId, k -> new Entry());
    }

    /**
     * As the servers mark an item played (Jellyfin's and Emby's {@code BaseItem.MarkPlayed}): a play date counts one
     * more play, without one the count only becomes at least 1; the resume position is reset; the last played date
     * becomes the given date, else stays, else is now. So a mark without a date changes nothing the second time.
     *
     * @param datePlayed the date the request gave, or null
     */
    void markPlayed(String userId, String itemId, @Nullable Instant datePlayed, Instant now) {
        Entry entry = get(userId, itemId);
        if (datePlayed != null) {
            entry.playCount++;
        }
        entry.playCount = Math.max(entry.playCount, 1);
        entry.positionTicks = 0;
        Instant before = entry.lastPlayed;
        entry.lastPlayed = datePlayed != null ? datePlayed : before != null ? before : now;
        entry.played = true;
    }

    /** As the servers mark an item unplayed: no plays, no resume position, no last played date. */
    void markUnplayed(String userId, String itemId) {
        Entry entry = get(userId, itemId);
        entry.played = false;
        entry.playCount = 0;
        entry.positionTicks = 0;
        entry.lastPlayed = null;
    }

    /** What the server stores when playback stops: the resume position, or played past 90 %. */
    void playbackStopped(String userId, SimItem item, long positionTicks, Instant when) {
        Entry entry = get(userId, item.id());
        entry.lastPlayed = when;
        if (item.runTimeTicks() > 0 && positionTicks >= item.runTimeTicks() * 9 / 10) {
            markPlayed(userId, item.id(), when, when);
        } else {
            entry.positionTicks = positionTicks;
        }
    }

    /** The UserItemDataDto as the server writes it. */
    JsonObject toJson(String userId, SimItem item) {
        Entry entry = get(userId, item.id());
        JsonObject json = new JsonObject();
        if (entry.positionTicks > 0 && item.runTimeTicks() > 0) {
            SimJson.put(json, "PlayedPercentage", 100.0 * entry.positionTicks / item.runTimeTicks());
        }
        SimJson.put(json, "PlaybackPositionTicks", entry.positionTicks);
        SimJson.put(json, "PlayCount", entry.playCount);
        SimJson.put(json, "IsFavorite", entry.favorite);
        Instant lastPlayed = entry.lastPlayed;
        SimJson.put(json, "LastPlayedDate", lastPlayed == null ? null : SimJson.date(lastPlayed));
        SimJson.put(json, "Played", entry.played);
        SimJson.put(json, "Key", item.id());
        SimJson.put(json, "ItemId", item.id());
        return json;
    }
}
