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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * One library item and how the server writes it as a BaseItemDto.
 *
 * @param type Movie, Series, Season, Episode, MusicAlbum or Audio
 * @param imageTag the tag of its primary image, or null when it has none
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimItem(String id, String name, String type, @Nullable String parentId, @Nullable String seriesName,
        @Nullable String seriesId, @Nullable String seasonName, @Nullable Integer parentIndexNumber,
        @Nullable Integer indexNumber, long runTimeTicks, @Nullable Integer productionYear, @Nullable String album,
        @Nullable String albumArtist, List<String> artists, List<String> genres, @Nullable String imageTag) {

    public boolean isFolder() {
        return "Series".equals(type) || "Season".equals(type) || "MusicAlbum".equals(type);
    }

    public @Nullable String mediaType() {
        if ("Audio".equals(type)) {
            return "Audio";
        }
        return isFolder() ? null : "Video";
    }

    /** @return the same item with another primary image (null: none) */
    SimItem withImageTag(@Nullable String tag) {
        return new SimItem(id, name, type, parentId, seriesName, seriesId, seasonName, parentIndexNumber, indexNumber,
                runTimeTicks, productionYear, album, albumArtist, artists, genres, tag);
    }

    /**
     * The BaseItemDto as GET /Items and NowPlayingItem carry it; {@link SimLibrary#json} adds the parent's image tags.
     */
    JsonObject toJson(String serverId, @Nullable JsonObject userData) {
        JsonObject json = new JsonObject();
        SimJson.put(json, "Name", name);
        SimJson.put(json, "ServerId", serverId);
        SimJson.put(json, "Id", id);
        SimJson.put(json, "DateCreated", "2024-08-26T18:10:25.0263918Z");
        if (!isFolder()) {
            SimJson.put(json, "Container", "Audio".equals(type) ? "mp3" : "mkv");
            SimJson.put(json, "RunTimeTicks", runTimeTicks);
        }
        SimJson.put(json, "ProductionYear", productionYear);
        SimJson.put(json, "IndexNumber", indexNumber);
        SimJson.put(json, "ParentIndexNumber", parentIndexNumber);
        SimJson.put(json, "IsFolder", isFolder());
        SimJson.put(json, "ParentId", parentId);
        SimJson.put(json, "Type", type);
        json.add("Genres", strings(genres));
        if ("Episode".equals(type) || "Season".equals(type)) {
            SimJson.put(json, "SeriesName", seriesName);
            SimJson.put(json, "SeriesId", seriesId);
        }
        if ("Episode".equals(type)) {
            SimJson.put(json, "SeasonId", parentId);
            SimJson.put(json, "SeasonName", seasonName);
        }
        if ("Audio".equals(type) || "MusicAlbum".equals(type)) {
            json.add("Artists", strings(artists));
            SimJson.put(json, "AlbumArtist", albumArtist);
        }
        if ("Audio".equals(type)) {
            SimJson.put(json, "Album", album);
            SimJson.put(json, "AlbumId", parentId);
        }
        JsonObject imageTags = new JsonObject();
        if (imageTag != null) {
            imageTags.addProperty("Primary", imageTag);
        }
        json.add("ImageTags", imageTags);
        json.add("BackdropImageTags", new JsonArray());
        SimJson.put(json, "LocationType", "FileSystem");
        SimJson.put(json, "MediaType", mediaType());
        SimJson.put(json, "UserData", userData);
        return json;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
