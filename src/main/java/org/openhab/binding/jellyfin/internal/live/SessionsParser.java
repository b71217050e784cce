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
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Guids;

import com.google.gson.stream.JsonToken;

/**
 * Streams a session list into {@link SessionState}s without building DTO trees: every field the
 * binding does not use (NowPlayingQueue, NowPlayingQueueFullItems, MediaStreams, Capabilities'
 * device profile, ...) is skipped unread. Reads both the {@code Data} of a WebSocket {@code Sessions}
 * message and the body of {@code GET /Sessions}; Jellyfin and Emby shapes alike. Sessions without an
 * {@code Id} are dropped. String lists that repeat in every push (SupportedCommands, PlayableMediaTypes) go through
 * a {@link StringSetCache}, so equal lists share one set. Thread-safe.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SessionsParser {

    private final ParserLimits limits;
    private final StringSetCache stringSets = new StringSetCache();

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
        Capabilities capabilities = Capabilities.NONE;
        NowPlayingItem item = null;
        PlayStateRead playState = PlayStateRead.NONE;
        String playSessionId = null;

        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "Id" -> id = cursor.optGuid();
                case "UserId" -> userId = Guids.normalizeUser(cursor.guid());
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
                case "Capabilities" -> capabilities = readCapabilities(cursor);
                case "NowPlayingItem" -> item = cursor.nextIsNull() ? null : readItem(cursor);
                case "PlayState" -> playState = readPlayState(cursor);
                case "PlaySessionId" -> playSessionId = cursor.optString();
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        if (id == null || id.isEmpty()) {
            return null;
        }
        return new SessionState(id, userId, userName, client, deviceName, deviceId, deviceType, applicationVersion,
                lastActivity, lastCheckIn, active, remoteControl,
                commands != null ? commands : capabilities.supportedCommands(),
                mediaTypes != null ? mediaTypes : capabilities.playableMediaTypes(), item, playState.state(),
                playSessionId != null ? playSessionId : playState.playSessionId());
    }

    /**
     * The lists of a session's {@code Capabilities}, used when the session has no top-level lists (Emby, older
     * Jellyfin).
     */
    private record Capabilities(Set<String> supportedCommands, Set<String> playableMediaTypes) {
        static final Capabilities NONE = new Capabilities(Set.of(), Set.of());
    }

    private Capabilities readCapabilities(JsonCursor cursor) throws LiveParseException {
        if (cursor.nextIsNull()) {
            return Capabilities.NONE;
        }
        Set<String> commands = Set.of();
        Set<String> mediaTypes = Set.of();
        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "SupportedCommands" -> commands = stringSet(cursor);
                case "PlayableMediaTypes" -> mediaTypes = stringSet(cursor);
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        return new Capabilities(commands, mediaTypes);
    }

    /**
     * A session's {@code PlayState} and the {@code PlaySessionId} some servers put in it.
     */
    private record PlayStateRead(PlayState state, @Nullable String playSessionId) {
        static final PlayStateRead NONE = new PlayStateRead(PlayState.EMPTY, null);
    }

    private static PlayStateRead readPlayState(JsonCursor cursor) throws LiveParseException {
        if (cursor.nextIsNull()) {
            return PlayStateRead.NONE;
        }
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
        String playSessionId = null;
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
                case "PlaySessionId" -> playSessionId = cursor.optString();
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        return new PlayStateRead(new PlayState(position, canSeek, paused, muted, volume, audio, subtitle,
                mediaSourceId, playMethod, repeatMode, playbackOrder, shuffle), playSessionId);
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
        String seriesId = null;
        String seriesImageTag = null;
        String albumId = null;
        String albumImageTag = null;
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
                case "ImageTags" -> primaryImageTag = readPrimaryImageTag(cursor);
                case "SeriesId" -> seriesId = cursor.optGuid();
                case "SeriesPrimaryImageTag" -> seriesImageTag = cursor.optString();
                case "AlbumId" -> albumId = cursor.optGuid();
                case "AlbumPrimaryImageTag" -> albumImageTag = cursor.optString();
                case "UserData" -> played = readPlayed(cursor);
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        PrimaryImage image = image(id, primaryImageTag);
        if (image == null) {
            image = seriesId != null ? image(seriesId, seriesImageTag) : null;
        }
        if (image == null) {
            image = albumId != null ? image(albumId, albumImageTag) : null;
        }
        return new NowPlayingItem(id, name, type, seriesName, seasonName, parentIndex, index, runTime, year, album,
                albumArtist, artists, genres, image, played);
    }

    private static @Nullable PrimaryImage image(String itemId, @Nullable String tag) {
        return itemId.isEmpty() || tag == null || tag.isEmpty() ? null : new PrimaryImage(itemId, tag);
    }

    /** @return {@code ImageTags.Primary}; null when the object or the field is absent or null */
    private static @Nullable String readPrimaryImageTag(JsonCursor cursor) throws LiveParseException {
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

    /** @return {@code UserData.Played}; null when the object or the field is absent or null */
    private static @Nullable Boolean readPlayed(JsonCursor cursor) throws LiveParseException {
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
        StringSetCache.RawList cached = stringSets.match(cursor.json.text, start);
        if (cached != null) {
            // the same text as a list read before, brackets included: a complete, valid array
            cursor.skipValidArray(cached.text().length());
            return cached.set();
        }
        List<String> values = cursor.stringList();
        return stringSets.toSet(values, cursor.json.text, start, cursor.pos);
    }
}
