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

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Reads the {@code Data} of a {@code UserDataChanged} push:
 * {@code {UserId, UserDataList: [UserItemDataDto...]}}. Entries without an {@code ItemId} are dropped.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class UserDataParser {

    UserDataChange read(JsonCursor cursor) throws IOException {
        String userId = "";
        List<UserItemData> items = List.of();
        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "UserId" -> {
                    String value = cursor.optGuid();
                    userId = value == null ? "" : value;
                }
                case "UserDataList" -> items = readList(cursor);
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        return new UserDataChange(userId, items);
    }

    private List<UserItemData> readList(JsonCursor cursor) throws IOException {
        if (cursor.nextIsNull()) {
            return List.of();
        }
        List<UserItemData> items = new ArrayList<>();
        cursor.beginArray();
        while (cursor.hasNext()) {
            if (cursor.nextIsNull()) {
                continue;
            }
            cursor.checkListSize(items.size());
            UserItemData item = readItem(cursor);
            if (!item.itemId().isEmpty()) {
                items.add(item);
            }
        }
        cursor.endArray();
        return items;
    }

    private UserItemData readItem(JsonCursor cursor) throws IOException {
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
                case "ItemId" -> {
                    String value = cursor.optGuid();
                    itemId = value == null ? "" : value;
                }
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
