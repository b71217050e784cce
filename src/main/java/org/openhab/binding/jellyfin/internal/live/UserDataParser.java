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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Reads the {@code Data} of a {@code UserDataChanged} push for {@link MessageParser}: whose data changed and, per
 * item, the played state, play count, resume position, favourite flag and last played date.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class UserDataParser {

    private UserDataParser() {
    }

    /**
     * Reads the {@code Data} of a {@code UserDataChanged} push: {@code {UserId, UserDataList: [UserItemDataDto...]}}.
     * Entries without an {@code ItemId} are dropped.
     */
    static UserDataChange read(JsonCursor cursor) throws LiveParseException {
        String userId = "";
        List<UserItemData> items = List.of();
        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "UserId" -> userId = cursor.guid();
                case "UserDataList" -> items = readItems(cursor);
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        return new UserDataChange(userId, items);
    }

    private static List<UserItemData> readItems(JsonCursor cursor) throws LiveParseException {
        List<UserItemData> items = new ArrayList<>();
        if (cursor.nextIsNull()) {
            return items;
        }
        cursor.beginArray();
        while (cursor.hasNext()) {
            if (!cursor.nextIsNull()) {
                cursor.checkListSize(items.size());
                UserItemData item = readItem(cursor);
                if (!item.itemId().isEmpty()) {
                    items.add(item);
                }
            }
        }
        cursor.endArray();
        return items;
    }

    private static UserItemData readItem(JsonCursor cursor) throws LiveParseException {
        String itemId = "";
        boolean played = false;
        Integer playCount = null;
        Long position = null;
        Double percentage = null;
        boolean favorite = false;
        Instant lastPlayed = null;
        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "ItemId" -> itemId = cursor.guid();
                case "Played" -> played = cursor.bool(false);
                case "PlayCount" -> playCount = cursor.optInt();
                case "PlaybackPositionTicks" -> position = cursor.optLong();
                case "PlayedPercentage" -> percentage = cursor.optDouble();
                case "IsFavorite" -> favorite = cursor.bool(false);
                case "LastPlayedDate" -> lastPlayed = cursor.optInstant();
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        return new UserItemData(itemId, played, playCount == null ? 0 : playCount, position == null ? 0 : position,
                percentage, favorite, lastPlayed);
    }
}
