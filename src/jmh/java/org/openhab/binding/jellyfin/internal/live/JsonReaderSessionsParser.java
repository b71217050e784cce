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
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.internal.live.LiveParseException.Kind;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * The {@code Sessions} push read with Gson's streaming {@link JsonReader} instead of the binding's own
 * {@link JsonCursor}: the candidate {@code SessionsBenchmark} weighs against the binding's parser. It reads what
 * {@link MessageParser} and {@link SessionsParser} read, into the same {@link SessionState} records, under the same
 * {@link ParserLimits}:
 * <ul>
 * <li>the frame size is checked before reading;</li>
 * <li>nesting is bounded by {@link JsonReader#setNestingLimit(int)}, which also holds while skipping;</li>
 * <li>the grammar is {@link Strictness#LEGACY_STRICT}, JsonReader's default and the closest to the binding's
 * (RFC 8259, raw control characters accepted inside strings);</li>
 * <li>kept strings and lists are bounded as the binding bounds them; every other field is passed over with
 * {@link JsonReader#skipValue()};</li>
 * <li>command and media-type lists go through the same {@link StringSetCache}, so the diff after it compares
 * shared sets, as it does for the binding (JsonReader does not expose the text, so a repeated list is recognised
 * by its values rather than by its text).</li>
 * </ul>
 * The reader sits on a {@link StringReader} over the frame, the usual way to hand a {@link String} to it.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class JsonReaderSessionsParser {

    private final ParserLimits limits;
    private final StringSetCache stringSets = new StringSetCache();

    public JsonReaderSessionsParser() {
        this(ParserLimits.DEFAULT);
    }

    public JsonReaderSessionsParser(ParserLimits limits) {
        this.limits = limits;
    }

    /**
     * @param text one WebSocket text frame
     * @return the sessions of a {@code Sessions} push, in the server's order
     * @throws LiveParseException when the frame is not a well-formed {@code Sessions} push within the limits
     */
    public List<SessionState> parseSessionsMessage(String text) throws LiveParseException {
        if (text.length() > limits.maxMessageChars()) {
            throw new LiveParseException(Kind.TOO_LARGE,
                    "document of " + text.length() + " characters exceeds " + limits.maxMessageChars());
        }
        try {
            JsonReader reader = open(text);
            String type = null;
            List<SessionState> sessions = null;
            boolean dataSkipped = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                    case "MessageType" -> type = optString(reader);
                    case "Data" -> {
                        if (LiveMessage.SESSIONS.equals(type)) {
                            sessions = readSessions(reader);
                        } else {
                            reader.skipValue();
                            dataSkipped = true;
                        }
                    }
                    default -> reader.skipValue();
                }
            }
            reader.endObject();
            expectEnd(reader);
            if (!LiveMessage.SESSIONS.equals(type)) {
                throw new LiveParseException(Kind.WRONG_TYPE, "not a Sessions message");
            }
            if (sessions == null && dataSkipped) {
                // Data came before MessageType: read it in a second pass, now that its type is known
                sessions = readDataAgain(text);
            }
            if (sessions == null) {
                throw new LiveParseException(Kind.MISSING_FIELD, "Sessions message without Data");
            }
            return sessions;
        } catch (LiveParseException e) {
            throw e;
        } catch (MalformedJsonException e) {
            boolean tooDeep = String.valueOf(e.getMessage()).startsWith("Nesting limit");
            throw new LiveParseException(tooDeep ? Kind.TOO_DEEP : Kind.MALFORMED, firstLine(e));
        } catch (IOException e) {
            // an EOFException for truncated input; a StringReader raises nothing else
            throw new LiveParseException(Kind.MALFORMED, firstLine(e));
        } catch (IllegalStateException | NumberFormatException e) {
            throw LiveParseException.of(e);
        }
    }

    private JsonReader open(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.LEGACY_STRICT);
        reader.setNestingLimit(limits.maxNestingDepth());
        return reader;
    }

    /** Gson's messages name the path; the first line is kept, without the troubleshooting link after it. */
    private static String firstLine(IOException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private @Nullable List<SessionState> readDataAgain(String text) throws IOException {
        JsonReader reader = open(text);
        List<SessionState> sessions = null;
        reader.beginObject();
        while (reader.hasNext()) {
            if ("Data".equals(reader.nextName())) {
                sessions = readSessions(reader);
            } else {
                reader.skipValue();
            }
        }
        return sessions;
    }

    private static void expectEnd(JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new LiveParseException(Kind.MALFORMED, "trailing content after the document");
        }
    }

    private List<SessionState> readSessions(JsonReader reader) throws IOException {
        List<SessionState> sessions = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
            if (nextIsNull(reader)) {
                continue;
            }
            checkListSize(reader, sessions.size());
            SessionState session = readSession(reader);
            if (session != null) {
                sessions.add(session);
            }
        }
        reader.endArray();
        return List.copyOf(sessions);
    }

    private @Nullable SessionState readSession(JsonReader reader) throws IOException {
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

        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "Id" -> id = optGuid(reader);
                case "UserId" -> userId = Guids.normalizeUser(orEmpty(optGuid(reader)));
                case "UserName" -> userName = orEmpty(optString(reader));
                case "Client" -> client = orEmpty(optString(reader));
                case "DeviceName" -> deviceName = orEmpty(optString(reader));
                case "DeviceId" -> deviceId = orEmpty(optString(reader));
                case "DeviceType" -> deviceType = optString(reader);
                case "ApplicationVersion" -> applicationVersion = orEmpty(optString(reader));
                case "LastActivityDate" -> lastActivity = optInstant(reader);
                case "LastPlaybackCheckIn" -> lastCheckIn = optInstant(reader);
                case "IsActive" -> active = bool(reader, true);
                case "SupportsRemoteControl" -> remoteControl = bool(reader, false);
                case "SupportedCommands" -> commands = stringSet(reader);
                case "PlayableMediaTypes" -> mediaTypes = stringSet(reader);
                case "Capabilities" -> capabilities = readCapabilities(reader);
                case "NowPlayingItem" -> item = nextIsNull(reader) ? null : readItem(reader);
                case "PlayState" -> playState = readPlayState(reader);
                case "PlaySessionId" -> playSessionId = optString(reader);
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (id == null || id.isEmpty()) {
            return null;
        }
        return new SessionState(id, userId, userName, client, deviceName, deviceId, deviceType, applicationVersion,
                lastActivity, lastCheckIn, active, remoteControl,
                commands != null ? commands : capabilities.supportedCommands(),
                mediaTypes != null ? mediaTypes : capabilities.playableMediaTypes(), item, playState.state(),
                playSessionId != null ? playSessionId : playState.playSessionId());
    }

    private record Capabilities(Set<String> supportedCommands, Set<String> playableMediaTypes) {
        static final Capabilities NONE = new Capabilities(Set.of(), Set.of());
    }

    private Capabilities readCapabilities(JsonReader reader) throws IOException {
        if (nextIsNull(reader)) {
            return Capabilities.NONE;
        }
        Set<String> commands = Set.of();
        Set<String> mediaTypes = Set.of();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "SupportedCommands" -> commands = stringSet(reader);
                case "PlayableMediaTypes" -> mediaTypes = stringSet(reader);
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        return new Capabilities(commands, mediaTypes);
    }

    private record PlayStateRead(PlayState state, @Nullable String playSessionId) {
        static final PlayStateRead NONE = new PlayStateRead(PlayState.EMPTY, null);
    }

    private PlayStateRead readPlayState(JsonReader reader) throws IOException {
        if (nextIsNull(reader)) {
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
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "PositionTicks" -> position = optLong(reader);
                case "CanSeek" -> canSeek = bool(reader, false);
                case "IsPaused" -> paused = bool(reader, false);
                case "IsMuted" -> muted = bool(reader, false);
                case "VolumeLevel" -> volume = optInt(reader);
                case "AudioStreamIndex" -> audio = optInt(reader);
                case "SubtitleStreamIndex" -> subtitle = optInt(reader);
                case "MediaSourceId" -> mediaSourceId = optGuid(reader);
                case "PlayMethod" -> playMethod = optString(reader);
                case "RepeatMode" -> repeatMode = optString(reader);
                case "PlaybackOrder" -> playbackOrder = optString(reader);
                case "Shuffle" -> shuffle = optBoolean(reader);
                case "PlaySessionId" -> playSessionId = optString(reader);
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        return new PlayStateRead(new PlayState(position, canSeek, paused, muted, volume, audio, subtitle,
                mediaSourceId, playMethod, repeatMode, playbackOrder, shuffle), playSessionId);
    }

    private NowPlayingItem readItem(JsonReader reader) throws IOException {
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
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "Id" -> id = orEmpty(optGuid(reader));
                case "Name" -> name = orEmpty(optString(reader));
                case "Type" -> type = optString(reader);
                case "SeriesName" -> seriesName = optString(reader);
                case "SeasonName" -> seasonName = optString(reader);
                case "ParentIndexNumber" -> parentIndex = optInt(reader);
                case "IndexNumber" -> index = optInt(reader);
                case "RunTimeTicks" -> runTime = optLong(reader);
                case "ProductionYear" -> year = optInt(reader);
                case "Album" -> album = optString(reader);
                case "AlbumArtist" -> albumArtist = optString(reader);
                case "Artists" -> artists = stringList(reader);
                case "Genres" -> genres = stringList(reader);
                case "ImageTags" -> primaryImageTag = readPrimaryImageTag(reader);
                case "SeriesId" -> seriesId = optGuid(reader);
                case "SeriesPrimaryImageTag" -> seriesImageTag = optString(reader);
                case "AlbumId" -> albumId = optGuid(reader);
                case "AlbumPrimaryImageTag" -> albumImageTag = optString(reader);
                case "UserData" -> played = readPlayed(reader);
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        PrimaryImage image = image(id, primaryImageTag);
        if (image == null && seriesId != null) {
            image = image(seriesId, seriesImageTag);
        }
        if (image == null && albumId != null) {
            image = image(albumId, albumImageTag);
        }
        return new NowPlayingItem(id, name, type, seriesName, seasonName, parentIndex, index, runTime, year, album,
                albumArtist, artists, genres, image, played);
    }

    private static @Nullable PrimaryImage image(String itemId, @Nullable String tag) {
        return itemId.isEmpty() || tag == null || tag.isEmpty() ? null : new PrimaryImage(itemId, tag);
    }

    private @Nullable String readPrimaryImageTag(JsonReader reader) throws IOException {
        if (nextIsNull(reader)) {
            return null;
        }
        String tag = null;
        reader.beginObject();
        while (reader.hasNext()) {
            if ("Primary".equals(reader.nextName())) {
                tag = optString(reader);
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return tag;
    }

    private @Nullable Boolean readPlayed(JsonReader reader) throws IOException {
        if (nextIsNull(reader)) {
            return null;
        }
        Boolean played = null;
        reader.beginObject();
        while (reader.hasNext()) {
            if ("Played".equals(reader.nextName())) {
                played = optBoolean(reader);
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return played;
    }

    private Set<String> stringSet(JsonReader reader) throws IOException {
        return stringSets.toSet(stringList(reader));
    }

    private List<String> stringList(JsonReader reader) throws IOException {
        if (nextIsNull(reader)) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
            String value = optString(reader);
            if (value != null) {
                checkListSize(reader, values.size());
                values.add(value);
            }
        }
        reader.endArray();
        return List.copyOf(values);
    }

    private void checkListSize(JsonReader reader, int sizeSoFar) throws LiveParseException {
        if (sizeSoFar >= limits.maxListEntries()) {
            throw new LiveParseException(Kind.TOO_LARGE,
                    "more than " + limits.maxListEntries() + " entries at " + reader.getPath());
        }
    }

    private static boolean nextIsNull(JsonReader reader) throws IOException {
        if (reader.peek() == JsonToken.NULL) {
            reader.nextNull();
            return true;
        }
        return false;
    }

    /** A string (numbers are accepted as their text), or null for JSON null. */
    private @Nullable String optString(JsonReader reader) throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.NULL) {
            reader.nextNull();
            return null;
        }
        if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
            throw wrongType(reader, "a string", token);
        }
        String value = reader.nextString();
        if (value.length() > limits.maxStringChars()) {
            throw new LiveParseException(Kind.STRING_TOO_LONG,
                    "string of " + value.length() + " characters at " + reader.getPreviousPath());
        }
        return value;
    }

    private @Nullable String optGuid(JsonReader reader) throws IOException {
        String value = optString(reader);
        return value == null ? null : Guids.normalize(value);
    }

    private @Nullable Instant optInstant(JsonReader reader) throws IOException {
        String value = optString(reader);
        return value == null ? null : IsoInstants.parse(value);
    }

    private static @Nullable Boolean optBoolean(JsonReader reader) throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.NULL) {
            reader.nextNull();
            return null;
        }
        if (token != JsonToken.BOOLEAN) {
            throw wrongType(reader, "a boolean", token);
        }
        return reader.nextBoolean();
    }

    private static boolean bool(JsonReader reader, boolean whenNull) throws IOException {
        Boolean value = optBoolean(reader);
        return value == null ? whenNull : value;
    }

    /** JsonReader reads numbers in any notation, quoted or not, and refuses fractions and values out of range. */
    private static @Nullable Integer optInt(JsonReader reader) throws IOException {
        return expectNumber(reader) ? reader.nextInt() : null;
    }

    private static @Nullable Long optLong(JsonReader reader) throws IOException {
        return expectNumber(reader) ? reader.nextLong() : null;
    }

    /** @return false for JSON null (consumed), true when a number or a string follows */
    private static boolean expectNumber(JsonReader reader) throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.NULL) {
            reader.nextNull();
            return false;
        }
        if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
            throw wrongType(reader, "a number", token);
        }
        return true;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static LiveParseException wrongType(JsonReader reader, String expected, JsonToken actual) {
        return new LiveParseException(Kind.WRONG_TYPE,
                "expected " + expected + " but found " + actual + " at " + reader.getPath());
    }
}
