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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads a {@code NowPlayingItem} (a {@code BaseItemDto}, often 10-20 KB) keeping only the fields of
 * {@link NowPlayingItem}; media streams, chapters, blur hashes and the like are skipped unread.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class NowPlayingItemParser {

    NowPlayingItem read(JsonCursor cursor) throws IOException {
        String id = "";
        String name = "";
        String type = null;
        String seriesName = null;
        String seasonName = null;
        Integer parentIndex = null;
        Integer index = null;
        Long runTime = null;
        Integer year = null;
        String album = null;
        String albumArtist = null;
        List<String> artists = List.of();
        List<String> genres = List.of();
        String primaryImageTag = null;
        Boolean played = null;
        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "Id" -> id = guidOrEmpty(cursor.optGuid());
                case "Name" -> name = cursor.string("");
                case "Type" -> type = cursor.optString();
                case "SeriesName" -> seriesName = cursor.optString();
                case "SeasonName" -> seasonName = cursor.optString();
                case "ParentIndexNumber" -> parentIndex = cursor.optInt();
                case "IndexNumber" -> index = cursor.optInt();
                case "RunTimeTicks" -> runTime = cursor.optLong();
                case "ProductionYear" -> year = cursor.optInt();
                case "Album" -> album = cursor.optString();
                case "AlbumArtist" -> albumArtist = cursor.optString();
                case "Artists" -> artists = cursor.stringList();
                case "Genres" -> genres = cursor.stringList();
                case "ImageTags" -> primaryImageTag = readPrimaryImageTag(cursor);
                case "UserData" -> played = readPlayed(cursor);
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        return new NowPlayingItem(id, name, type, seriesName, seasonName, parentIndex, index, runTime, year, album,
                albumArtist, artists, genres, primaryImageTag, played);
    }

    private static @Nullable String readPrimaryImageTag(JsonCursor cursor) throws IOException {
        if (cursor.nextIsNull()) {
            return null;
        }
        String tag = null;
        cursor.beginObject();
        while (cursor.hasNext()) {
            if ("Primary".equals(cursor.nextName())) {
                tag = cursor.optString();
            } else {
                cursor.skipValue();
            }
        }
        cursor.endObject();
        return tag;
    }

    private static @Nullable Boolean readPlayed(JsonCursor cursor) throws IOException {
        if (cursor.nextIsNull()) {
            return null;
        }
        Boolean played = null;
        cursor.beginObject();
        while (cursor.hasNext()) {
            if ("Played".equals(cursor.nextName())) {
                played = cursor.optBoolean();
            } else {
                cursor.skipValue();
            }
        }
        cursor.endObject();
        return played;
    }

    private static String guidOrEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
