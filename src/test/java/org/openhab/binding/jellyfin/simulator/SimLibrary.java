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

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * A small library: three films, a series with two seasons, a music album with four tracks. Jellyfin
 * item ids are 32-hex GUIDs, Emby item ids are numbers (its spec types ItemIds as int64).
 * <p>
 * Every item has a primary image except {@code episode-1-2}, {@code episode-2-2} (the server then names the series'
 * image in {@code SeriesPrimaryImageTag}) and {@code track-3} (the album's, in {@code AlbumPrimaryImageTag}). A test
 * can replace an item's image ({@link #replaceImage}: a new tag) and add episodes ({@link #addEpisode}). Thread-safe.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimLibrary {
    private static final long MINUTE = 600_000_000L;
    private static final Set<String> WITHOUT_IMAGE = Set.of("episode-1-2", "episode-2-2", "track-3");
    private final Map<String, SimItem> items = new LinkedHashMap<>();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Map<String, Integer> imageVersions = new HashMap<>();
    private final boolean numericIds;
    private int nextNumber = 1001;

    SimLibrary(boolean numericIds) {
        this.numericIds = numericIds;
        List<String> none = List.of();
        add("film-1", "Big Buck Bunny", "Movie", null, null, null, null, null, null, 10 * MINUTE, 2008, null,
                null, none, List.of("Animation", "Comedy"));
        add("film-2", "Sintel", "Movie", null, null, null, null, null, null, 15 * MINUTE, 2010, null, null, none,
                List.of("Animation", "Fantasy"));
        add("film-3", "Tears of Steel", "Movie", null, null, null, null, null, null, 12 * MINUTE, 2012, null, null,
                none, List.of("Science Fiction"));
        String series = add("series", "Open Movie Stories", "Series", null, null, null, null, null, null, 0, 2019,
                null, null, none, List.of("Drama"));
        for (int season = 1; season <= 2; season++) {
            String seasonName = "Season " + season;
            String seasonId = add("season-" + season, seasonName, "Season", series, "Open Movie Stories", series,
                    null, null, season, 0, 2019 + season, null, null, none, List.of("Drama"));
            for (int episode = 1; episode <= (season == 1 ? 3 : 2); episode++) {
                add("episode-" + season + "-" + episode, "Chapter " + episode, "Episode", seasonId,
                        "Open Movie Stories", series, seasonName, season, episode, 22 * MINUTE, 2019 + season, null,
                        null, none, List.of("Drama"));
            }
        }
        String album = add("album", "Free Sounds", "MusicAlbum", null, null, null, null, null, null, 0, 2021, null,
                "The Commons", List.of("The Commons"), List.of("Pop"));
        String[] tracks = { "Opening", "Daylight", "Night Drive", "Closing" };
        for (int track = 0; track < tracks.length; track++) {
            add("track-" + (track + 1), tracks[track], "Audio", album, null, null, null, 1, track + 1,
                    (3 + track) * MINUTE, 2021, "Free Sounds", "The Commons", List.of("The Commons"), List.of("Pop"));
        }
    }

    private synchronized String add(String key, String name, String type, @Nullable String parentId,
            @Nullable String seriesName, @Nullable String seriesId, @Nullable String seasonName,
            @Nullable Integer parentIndex, @Nullable Integer index, long ticks, @Nullable Integer year,
            @Nullable String album, @Nullable String albumArtist, List<String> artists, List<String> genres) {
        String id = numericIds ? Integer.toString(nextNumber++) : SimJson.guid("item-" + key);
        keys.put(key, id);
        String tag = WITHOUT_IMAGE.contains(key) ? null : imageTag(id, 1);
        imageVersions.put(id, 1);
        items.put(id, new SimItem(id, name, type, parentId, seriesName, seriesId, seasonName, parentIndex, index,
                ticks, year, album, albumArtist, artists, genres, tag));
        return id;
    }

    private static String imageTag(String id, int version) {
        return SimJson.guid("image-" + id + "-" + version);
    }

    /**
     * Adds an episode to a season, as a library scan finds a new file (announce it with
     * {@code sim.libraryChanged(...)}).
     *
     * @param seasonKey season-1 or season-2
     * @return the key of the new episode, episode-S-E
     */
    public synchronized String addEpisode(String seasonKey, String name) {
        SimItem season = item(seasonKey);
        int seasonNumber = season.indexNumber() == null ? 1 : season.indexNumber();
        int episode = (int) items.values().stream().filter(i -> season.id().equals(i.parentId())).count() + 1;
        String key = "episode-" + seasonNumber + "-" + episode;
        add(key, name, "Episode", season.id(), season.seriesName(), season.seriesId(), season.name(), seasonNumber,
                episode, 22 * MINUTE, season.productionYear(), null, null, List.of(), season.genres());
        return key;
    }

    /** Gives an item a new primary image: its tag changes (and shows in the next session push). */
    public synchronized void replaceImage(String key) {
        String id = idOf(key);
        int version = imageVersions.merge(id, 1, Integer::sum);
        items.put(id, items.get(id).withImageTag(imageTag(id, version)));
    }

    /**
     * @param key one of film-1..3, series, season-1..2, episode-S-E (1-1..1-3, 2-1..2-2), album, track-1..4
     * @return the item id the server uses for it
     */
    public synchronized String idOf(String key) {
        String id = keys.get(key);
        if (id == null) {
            throw new IllegalArgumentException("no library item " + key + "; known: " + keys.keySet());
        }
        return id;
    }

    public synchronized SimItem item(String key) {
        return items.get(idOf(key));
    }

    public synchronized Optional<SimItem> find(String id) {
        return Optional.ofNullable(items.get(SimJson.normalizeId(id)));
    }

    public synchronized List<SimItem> all() {
        return Collections.unmodifiableList(new ArrayList<>(items.values()));
    }

    /**
     * The BaseItemDto of an item as the servers write it, with the primary image tag of an episode's series
     * ({@code SeriesPrimaryImageTag}) and of a track's album ({@code AlbumPrimaryImageTag}).
     */
    synchronized JsonObject json(SimItem item, String serverId, @Nullable JsonObject userData) {
        JsonObject json = item.toJson(serverId, userData);
        String seriesId = item.seriesId();
        if ("Episode".equals(item.type()) && seriesId != null) {
            SimJson.put(json, "SeriesPrimaryImageTag", find(seriesId).map(SimItem::imageTag).orElse(null));
        }
        String albumId = item.parentId();
        if ("Audio".equals(item.type()) && albumId != null) {
            SimJson.put(json, "AlbumPrimaryImageTag", find(albumId).map(SimItem::imageTag).orElse(null));
        }
        return json;
    }

    /** Search as GET /Items does: name contains the term, optional type filter, optional parent. */
    public synchronized List<SimItem> search(@Nullable String term, Set<String> types, @Nullable String parentId) {
        List<SimItem> found = new ArrayList<>();
        String needle = term == null ? null : term.toLowerCase(Locale.ROOT);
        for (SimItem item : items.values()) {
            if (needle != null && !item.name().toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            if (!types.isEmpty() && types.stream().noneMatch(t -> t.equalsIgnoreCase(item.type()))) {
                continue;
            }
            if (parentId != null && !SimJson.normalizeId(parentId).equals(item.parentId())) {
                continue;
            }
            found.add(item);
        }
        return found;
    }
}
