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
    private final NowPlayingItemParser itemParser = new NowPlayingItemParser();
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
     * @return the sessions in the server's order, or a failure; never throws
     */
    public ParseResult<List<SessionState>> parseSessionList(String json) {
        try {
            JsonCursor cursor = JsonCursor.open(json, limits);
            List<SessionState> sessions = readSessions(cursor);
            cursor.expectEnd();
            return new ParseResult.Success<>(sessions);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return new ParseResult.Failure<>(JsonCursor.failureOf(e));
        }
    }

    /** Reads an array of sessions at the cursor. */
    List<SessionState> readSessions(JsonCursor cursor) throws IOException {
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

    private @Nullable SessionState readSession(JsonCursor cursor) throws IOException {
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
        Capabilities capabilities = Capabilities.NONE;
        NowPlayingItem item = null;
        PlayStateRead playState = PlayStateRead.NONE;
        String playSessionId = null;

        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "Id" -> id = cursor.optGuid();
                case "UserId" -> userId = nonNull(cursor.optGuid());
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
                case "Capabilities" -> capabilities = readCapabilities(cursor);
                case "NowPlayingItem" -> item = cursor.nextIsNull() ? null : itemParser.read(cursor);
                case "PlayState" -> playState = cursor.nextIsNull() ? PlayStateRead.NONE : readPlayState(cursor);
                case "PlaySessionId" -> playSessionId = cursor.optString();
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        if (id == null || id.isEmpty()) {
            return null;
        }
        if (playSessionId == null) {
            playSessionId = playState.playSessionId();
        }
        return new SessionState(id, userId, userName, client, deviceName, deviceId, deviceType, applicationVersion,
                lastActivity, lastCheckIn, active, remoteControl,
                commands != null ? commands : capabilities.supportedCommands,
                mediaTypes != null ? mediaTypes : capabilities.playableMediaTypes, item, playState.state(),
                playSessionId);
    }

    private Capabilities readCapabilities(JsonCursor cursor) throws IOException {
        if (cursor.nextIsNull()) {
            return Capabilities.NONE;
        }
        Set<String> commands = Set.of();
        Set<String> mediaTypes = Set.of();
        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "SupportedCommands" -> commands = cursor.stringSet(stringSets);
                case "PlayableMediaTypes" -> mediaTypes = cursor.stringSet(stringSets);
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        return new Capabilities(commands, mediaTypes);
    }

    private PlayStateRead readPlayState(JsonCursor cursor) throws IOException {
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

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** What a session's {@code Capabilities} object contributes when top-level fields are absent. */
    private record Capabilities(Set<String> supportedCommands, Set<String> playableMediaTypes) {
        static final Capabilities NONE = new Capabilities(Set.of(), Set.of());
    }

    /** A {@code PlayState} object and the {@code PlaySessionId} some servers put in it. */
    private record PlayStateRead(PlayState state, @Nullable String playSessionId) {
        static final PlayStateRead NONE = new PlayStateRead(PlayState.EMPTY, null);
    }
}
