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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.stream.JsonToken;

/**
 * Streams a session list into {@link SessionState}s without building DTO trees: every field the
 * binding does not use (NowPlayingQueue, NowPlayingQueueFullItems, MediaStreams, Capabilities'
 * device profile, ...) is skipped unread. Reads both the {@code Data} of a WebSocket {@code Sessions}
 * message and the body of {@code GET /Sessions}; Jellyfin and Emby shapes alike. Sessions without an
 * {@code Id} are dropped. Thread-safe.
 * <p>
 * String lists that repeat in every push (SupportedCommands, PlayableMediaTypes: a few distinct lists per server)
 * become one shared immutable set per distinct list. The diff then compares those sets by identity instead of
 * element by element, and repeated pushes keep no copies. The JSON text of each cached list is kept too, so a
 * list that arrives again is recognised from its text without reading its entries. The cache is bounded: only
 * small lists of short strings are kept, and at most a fixed number of them, so hostile input cannot grow it.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SessionsParser {

    private static final int MAX_SETS = 128;
    private static final int MAX_ENTRIES = 128;
    private static final int MAX_STRING_LENGTH = 64;
    private static final int MAX_TEXT_LENGTH = 4096;

    private final ParserLimits limits;
    private final Map<List<String>, Set<String>> sets = new ConcurrentHashMap<>();
    /** The cached lists: the JSON text of each, from the opening to the closing bracket, and its set. */
    @SuppressWarnings("unchecked")
    private volatile Map.Entry<String, Set<String>>[] rawLists = new Map.Entry[0];

    public SessionsParser() {
        this(ParserLimits.DEFAULT);
    }

    public SessionsParser(ParserLimits limits) {
        this.limits = limits;
    }

    /**
     * Parses a JSON array of sessions, e.g. the body of {@code GET /Sessions}.
     *
     * @return the sessions in the server's order
     * @throws LiveParseException when the list cannot be parsed
     */
    public List<SessionState> parseSessionList(String json) throws LiveParseException {
        try {
            JsonCursor cursor = JsonCursor.open(json, limits);
            List<SessionState> sessions = readSessions(cursor);
            cursor.expectEnd();
            return sessions;
        } catch (IllegalStateException | NumberFormatException e) {
            throw LiveParseException.of(e);
        }
    }

    /** Reads an array of sessions at the cursor. */
    List<SessionState> readSessions(JsonCursor cursor) throws LiveParseException {
        cursor.beginArray();
        List<SessionState> sessions = new ArrayList<>();
        while (cursor.hasNext()) {
            if (cursor.nextIsNull()) {
                continue;
            }
            cursor.checkListSize(sessions.size());
            SessionState session = readSession(cursor);
            if (session != null) {
                sessions.add(session);
            }
        }
        cursor.endArray();
        return List.copyOf(sessions);
    }

    private @Nullable SessionState readSession(JsonCursor cursor) throws LiveParseException {
        String id = null;
        String userId = "";
        String userName = "";
        String client = "";
        String deviceName = "";
        String deviceId = "";
        String deviceType = null;
        String applicationVersion = "";
        Instant lastActivity = null;
        Instant lastCheckIn = null;
        boolean active = true;
        boolean remoteControl = false;
        Set<String> commands = null;
        Set<String> mediaTypes = null;
        // what Capabilities contributes when the top-level fields are absent
        Set<String> capabilityCommands = Set.of();
        Set<String> capabilityMediaTypes = Set.of();
        NowPlayingItem item = null;
        PlayState playState = PlayState.EMPTY;
        String playSessionId = null;
        // the PlaySessionId some servers put in PlayState
        String playStateSessionId = null;

        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "Id" -> id = cursor.optGuid();
                case "UserId" -> userId = cursor.guid();
                case "UserName" -> userName = cursor.string("");
                case "Client" -> client = cursor.string("");
                case "DeviceName" -> deviceName = cursor.string("");
                case "DeviceId" -> deviceId = cursor.string("");
                case "DeviceType" -> deviceType = cursor.optString();
                case "ApplicationVersion" -> applicationVersion = cursor.string("");
                case "LastActivityDate" -> lastActivity = cursor.optInstant();
                case "LastPlaybackCheckIn" -> lastCheckIn = cursor.optInstant();
                case "IsActive" -> active = cursor.bool(true);
                case "SupportsRemoteControl" -> remoteControl = cursor.bool(false);
                case "SupportedCommands" -> commands = stringSet(cursor);
                case "PlayableMediaTypes" -> mediaTypes = stringSet(cursor);
                case "Capabilities" -> {
                    capabilityCommands = Set.of();
                    capabilityMediaTypes = Set.of();
                    if (!cursor.nextIsNull()) {
                        cursor.beginObject();
                        while (cursor.hasNext()) {
                            switch (cursor.nextName()) {
                                case "SupportedCommands" -> capabilityCommands = stringSet(cursor);
                                case "PlayableMediaTypes" -> capabilityMediaTypes = stringSet(cursor);
                                default -> cursor.skipValue();
                            }
                        }
                        cursor.endObject();
                    }
                }
                case "NowPlayingItem" -> item = cursor.nextIsNull() ? null : readItem(cursor);
                case "PlayState" -> {
                    playState = PlayState.EMPTY;
                    playStateSessionId = null;
                    if (!cursor.nextIsNull()) {
                        Long position = null;
                        boolean canSeek = false;
                        boolean paused = false;
                        boolean muted = false;
                        Integer volume = null;
                        Integer audio = null;
                        Integer subtitle = null;
                        String mediaSourceId = null;
                        String playMethod = null;
                        String repeatMode = null;
                        String playbackOrder = null;
                        Boolean shuffle = null;
                        cursor.beginObject();
                        while (cursor.hasNext()) {
                            switch (cursor.nextName()) {
                                case "PositionTicks" -> position = cursor.optLong();
                                case "CanSeek" -> canSeek = cursor.bool(false);
                                case "IsPaused" -> paused = cursor.bool(false);
                                case "IsMuted" -> muted = cursor.bool(false);
                                case "VolumeLevel" -> volume = cursor.optInt();
                                case "AudioStreamIndex" -> audio = cursor.optInt();
                                case "SubtitleStreamIndex" -> subtitle = cursor.optInt();
                                case "MediaSourceId" -> mediaSourceId = cursor.optGuid();
                                case "PlayMethod" -> playMethod = cursor.optString();
                                case "RepeatMode" -> repeatMode = cursor.optString();
                                case "PlaybackOrder" -> playbackOrder = cursor.optString();
                                case "Shuffle" -> shuffle = cursor.optBoolean();
                                case "PlaySessionId" -> playStateSessionId = cursor.optString();
                                default -> cursor.skipValue();
                            }
                        }
                        cursor.endObject();
                        playState = new PlayState(position, canSeek, paused, muted, volume, audio, subtitle,
                                mediaSourceId, playMethod, repeatMode, playbackOrder, shuffle);
                    }
                }
                case "PlaySessionId" -> playSessionId = cursor.optString();
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        if (id == null || id.isEmpty()) {
            return null;
        }
        return new SessionState(id, userId, userName, client, deviceName, deviceId, deviceType, applicationVersion,
                lastActivity, lastCheckIn, active, remoteControl, commands != null ? commands : capabilityCommands,
                mediaTypes != null ? mediaTypes : capabilityMediaTypes, item, playState,
                playSessionId != null ? playSessionId : playStateSessionId);
    }

    /**
     * Reads a {@code NowPlayingItem} (a {@code BaseItemDto}, often 10-20 KB) keeping only the fields of
     * {@link NowPlayingItem}; media streams, chapters, blur hashes and the like are skipped unread.
     */
    private static NowPlayingItem readItem(JsonCursor cursor) throws LiveParseException {
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
                case "Id" -> id = cursor.guid();
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
                case "ImageTags" -> primaryImageTag = (String) readOneField(cursor, "Primary");
                case "UserData" -> played = (Boolean) readOneField(cursor, "Played");
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        return new NowPlayingItem(id, name, type, seriesName, seasonName, parentIndex, index, runTime, year, album,
                albumArtist, artists, genres, primaryImageTag, played);
    }

    /**
     * Reads an object (or null) keeping one field: {@code ImageTags.Primary}, a string, or {@code UserData.Played},
     * a boolean.
     *
     * @return the field's value, or null when the object or the field is absent or null
     */
    private static @Nullable Object readOneField(JsonCursor cursor, String field) throws LiveParseException {
        if (cursor.nextIsNull()) {
            return null;
        }
        Object value = null;
        cursor.beginObject();
        while (cursor.hasNext()) {
            if (!field.equals(cursor.nextName())) {
                cursor.skipValue();
            } else if ("Played".equals(field)) {
                value = cursor.optBoolean();
            } else {
                value = cursor.optString();
            }
        }
        cursor.endObject();
        return value;
    }

    /**
     * Reads an array of strings as a set, through the cache: a list seen before is recognised by comparing its
     * text. JSON null gives an empty set.
     */
    private Set<String> stringSet(JsonCursor cursor) throws LiveParseException {
        if (cursor.nextIsNull()) {
            return Set.of();
        }
        cursor.expect(JsonToken.BEGIN_ARRAY);
        int start = cursor.pos;
        Map.Entry<String, Set<String>> cached = match(cursor.json.text, start);
        if (cached != null) {
            // the same text as a list read before, brackets included: a complete, valid array
            cursor.skipValidArray(cached.getKey().length());
            return cached.getValue();
        }
        List<String> values = cursor.stringList();
        return toSet(values, cursor.json.text, start, cursor.pos);
    }

    /**
     * @param text a JSON document
     * @param start where an array begins in it
     * @return the cached list (its JSON text and its set) whose JSON text is found at start, or null
     */
    private Map.@Nullable Entry<String, Set<String>> match(String text, int start) {
        for (Map.Entry<String, Set<String>> raw : rawLists) {
            String rawText = raw.getKey();
            if (text.regionMatches(start, rawText, 0, rawText.length())) {
                return raw;
            }
        }
        return null;
    }

    /**
     * {@link #toSet(List)}, remembering the JSON text the values were read from (the characters
     * [start, end) of text) for {@link #match}.
     */
    private Set<String> toSet(List<String> values, String text, int start, int end) {
        Set<String> set = toSet(values);
        if (end - start <= MAX_TEXT_LENGTH && cacheable(values) && sets.containsKey(values)) {
            remember(text.substring(start, end), set);
        }
        return set;
    }

    private synchronized void remember(String text, Set<String> set) {
        Map.Entry<String, Set<String>>[] current = rawLists;
        if (current.length >= MAX_SETS) {
            return;
        }
        for (Map.Entry<String, Set<String>> raw : current) {
            if (raw.getKey().equals(text)) {
                return;
            }
        }
        Map.Entry<String, Set<String>>[] grown = Arrays.copyOf(current, current.length + 1);
        grown[current.length] = Map.entry(text, set);
        rawLists = grown;
    }

    /**
     * @param values the strings in the server's order
     * @return an immutable set with the values in that order, shared with earlier equal lists
     */
    private Set<String> toSet(List<String> values) {
        if (values.isEmpty()) {
            return Set.of();
        }
        Set<String> cached = sets.get(values);
        if (cached != null) {
            return cached;
        }
        Set<String> set = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        if (sets.size() < MAX_SETS && cacheable(values)) {
            Set<String> raced = sets.putIfAbsent(values, set);
            return raced != null ? raced : set;
        }
        return set;
    }

    private static boolean cacheable(List<String> values) {
        if (values.size() > MAX_ENTRIES) {
            return false;
        }
        for (String value : values) {
            if (value.length() > MAX_STRING_LENGTH) {
                return false;
            }
        }
        return true;
    }
}
