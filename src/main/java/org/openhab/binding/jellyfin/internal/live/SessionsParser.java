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

/**
 * Streams a session list into {@link SessionState}s without building DTO trees: every field the
 * binding does not use (NowPlayingQueue, NowPlayingQueueFullItems, MediaStreams, Capabilities'
 * device profile, ...) is skipped unread. Reads both the {@code Data} of a WebSocket {@code Sessions}
 * message and the body of {@code GET /Sessions}; Jellyfin and Emby shapes alike. Sessions without an
 * {@code Id} are dropped. Stateless and thread-safe.
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
                case "SupportedCommands" -> commands = cursor.stringSet(stringSets);
                case "PlayableMediaTypes" -> mediaTypes = cursor.stringSet(stringSets);
                case "Capabilities" -> {
                    capabilityCommands = Set.of();
                    capabilityMediaTypes = Set.of();
                    if (!cursor.nextIsNull()) {
                        cursor.beginObject();
                        while (cursor.hasNext()) {
                            switch (cursor.nextName()) {
                                case "SupportedCommands" -> capabilityCommands = cursor.stringSet(stringSets);
                                case "PlayableMediaTypes" -> capabilityMediaTypes = cursor.stringSet(stringSets);
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
}
