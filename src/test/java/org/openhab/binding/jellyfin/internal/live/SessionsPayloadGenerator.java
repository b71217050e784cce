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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.stream.JsonWriter;

/**
 * Writes realistic Jellyfin 10.9+ session lists for tests and benchmarks: N sessions, one in five
 * playing, each playing one carrying a full NowPlayingItem (media streams, chapters, people, blur
 * hashes) and its NowPlayingQueueFullItems copy, about 10-25 KB like real captures; idle ones carry
 * capabilities and supported commands. Deterministic for a seed. {@link #advance(Duration)} moves time
 * on: playing sessions report a later position, so consecutive payloads differ like real pushes.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SessionsPayloadGenerator {

    private static final Instant START = Instant.parse("2024-10-15T13:00:00Z");
    private static final long TICKS_PER_SECOND = 10_000_000L;
    private static final String[] CLIENTS = { "Jellyfin Web", "Jellyfin Android", "Jellyfin Android TV", "Finamp",
            "Kodi", "Infuse-Direct", "Jellyfin Media Player", "Swiftfin" };
    private static final String[] DEVICES = { "Firefox", "Chrome", "Pixel 8", "SHIELD Android TV", "iPhone",
            "Living room", "Bedroom TV", "Laptop" };
    private static final String[] COMMANDS = { "MoveUp", "MoveDown", "MoveLeft", "MoveRight", "PageUp", "PageDown",
            "PreviousLetter", "NextLetter", "ToggleOsd", "ToggleContextMenu", "Select", "Back", "SendKey",
            "SendString", "GoHome", "GoToSettings", "VolumeUp", "VolumeDown", "Mute", "Unmute", "ToggleMute",
            "SetVolume", "SetAudioStreamIndex", "SetSubtitleStreamIndex", "DisplayContent", "GoToSearch",
            "DisplayMessage", "SetRepeatMode", "SetShuffleQueue", "ChannelUp", "ChannelDown", "PlayMediaSource",
            "PlayTrailers" };
    private static final String[] TYPES = { "Episode", "Movie", "Audio" };

    private final Random random;
    private final List<Model> sessions = new ArrayList<>();
    private Instant now = START;
    private int messageCounter;

    /**
     * @param seed the random seed: equal seeds give equal payloads
     * @param sessionCount how many sessions the list holds
     */
    public SessionsPayloadGenerator(long seed, int sessionCount) {
        this.random = new Random(seed);
        for (int i = 0; i < sessionCount; i++) {
            sessions.add(new Model(i, random.nextInt(5) == 0));
        }
    }

    /** @return how many sessions are playing */
    public int playingCount() {
        return (int) sessions.stream().filter(s -> s.playing).count();
    }

    /** Moves time on: playing sessions advance their position and check in. */
    public void advance(Duration elapsed) {
        now = now.plus(elapsed);
        long ticks = elapsed.toMillis() * 10_000L;
        for (Model session : sessions) {
            if (session.playing && !session.paused) {
                session.positionTicks = Math.min(session.runTimeTicks, session.positionTicks + ticks);
                session.lastCheckIn = now;
                session.lastActivity = now;
            }
        }
    }

    /** @return a WebSocket {@code Sessions} message */
    public String sessionsMessage() {
        StringWriter out = new StringWriter(1 << 16);
        try (JsonWriter json = new JsonWriter(out)) {
            json.beginObject();
            json.name("MessageType").value("Sessions");
            json.name("MessageId").value(hex(32, ++messageCounter));
            json.name("Data");
            writeSessions(json);
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** @return the body of {@code GET /Sessions} */
    public String sessionArray() {
        StringWriter out = new StringWriter(1 << 16);
        try (JsonWriter json = new JsonWriter(out)) {
            writeSessions(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void writeSessions(JsonWriter json) throws IOException {
        json.beginArray();
        for (Model session : sessions) {
            writeSession(json, session);
        }
        json.endArray();
    }

    private void writeSession(JsonWriter json, Model s) throws IOException {
        json.beginObject();
        json.name("PlayState").beginObject();
        if (s.playing) {
            json.name("PositionTicks").value(s.positionTicks);
        }
        json.name("CanSeek").value(s.playing).name("IsPaused").value(s.paused).name("IsMuted").value(false);
        json.name("VolumeLevel").value(s.volume);
        if (s.playing) {
            json.name("AudioStreamIndex").value(1).name("MediaSourceId").value(s.itemId);
            json.name("PlayMethod").value("DirectPlay");
        }
        json.name("RepeatMode").value("RepeatNone").name("PlaybackOrder").value("Default");
        json.endObject();
        json.name("AdditionalUsers").beginArray().endArray();
        json.name("Capabilities").beginObject();
        json.name("PlayableMediaTypes").beginArray().value("Audio").value("Video").endArray();
        writeCommands(json);
        json.name("SupportsMediaControl").value(true).name("SupportsPersistentIdentifier").value(false);
        json.endObject();
        json.name("RemoteEndPoint").value("192.0.2." + (10 + s.index % 200));
        json.name("PlayableMediaTypes").beginArray().value("Audio").value("Video").endArray();
        json.name("Id").value(s.id).name("UserId").value(s.userId).name("UserName").value("user" + s.index % 7);
        json.name("Client").value(s.client).name("LastActivityDate").value(s.lastActivity.toString());
        json.name("LastPlaybackCheckIn").value(s.lastCheckIn.toString());
        json.name("DeviceName").value(s.deviceName);
        if (s.playing) {
            json.name("NowPlayingItem");
            writeItem(json, s, true);
        }
        json.name("DeviceId").value(s.deviceId).name("ApplicationVersion").value("10.9.11");
        json.name("IsActive").value(true).name("SupportsMediaControl").value(true);
        json.name("SupportsRemoteControl").value(true);
        if (s.playing) {
            json.name("NowPlayingQueue").beginArray().beginObject().name("Id").value(s.itemId);
            json.name("PlaylistItemId").value("playlistItem1").endObject().endArray();
            json.name("NowPlayingQueueFullItems").beginArray();
            writeItem(json, s, false);
            json.endArray();
        }
        json.name("HasCustomDeviceName").value(false).name("ServerId").value("64fd848a38664fd2b8f168db7eede729");
        writeCommands(json);
        json.endObject();
    }

    private static void writeCommands(JsonWriter json) throws IOException {
        json.name("SupportedCommands").beginArray();
        for (String command : COMMANDS) {
            json.value(command);
        }
        json.endArray();
    }

    private void writeItem(JsonWriter json, Model s, boolean withUserData) throws IOException {
        json.beginObject();
        json.name("Name").value(s.title).name("ServerId").value("64fd848a38664fd2b8f168db7eede729");
        json.name("Id").value(s.itemId).name("Etag").value(hex(32, s.index + 7));
        json.name("DateCreated").value("2024-08-26T18:10:25.0263918Z").name("Container").value("mkv");
        json.name("PremiereDate").value("2024-01-01T00:00:00.0000000Z");
        json.name("ExternalUrls").beginArray().beginObject().name("Name").value("IMDb");
        json.name("Url").value("https://www.imdb.com/title/tt" + (1000000 + s.index)).endObject().endArray();
        json.name("Path").value("/data/media/" + s.title + "/" + s.title + ".mkv");
        json.name("Overview").value(filler(300 + s.index % 400));
        json.name("Genres").beginArray().value("Drama").value("Thriller").endArray();
        json.name("RunTimeTicks").value(s.runTimeTicks).name("ProductionYear").value(2000 + s.index % 25);
        json.name("IndexNumber").value(1 + s.index % 12).name("ParentIndexNumber").value(1 + s.index % 3);
        json.name("ProviderIds").beginObject().name("Tvdb").value(String.valueOf(10585986 + s.index)).endObject();
        json.name("IsFolder").value(false).name("ParentId").value(hex(32, s.index + 11)).name("Type").value(s.type);
        if ("Episode".equals(s.type)) {
            json.name("SeriesName").value("Series " + s.index % 9).name("SeasonName").value("Season 1");
        }
        if ("Audio".equals(s.type)) {
            json.name("Artists").beginArray().value("Artist " + s.index % 5).endArray();
            json.name("Album").value("Album " + s.index % 11).name("AlbumArtist").value("Artist " + s.index % 5);
        }
        json.name("People").beginArray();
        for (int i = 0; i < s.index % 10; i++) {
            json.beginObject().name("Name").value("Person " + i).name("Id").value(hex(32, i + 100));
            json.name("Role").value("Role " + i).name("Type").value("Actor");
            json.name("PrimaryImageTag").value(hex(32, i + 200)).endObject();
        }
        json.endArray();
        json.name("MediaStreams").beginArray();
        for (int i = 0; i < 3 + s.index % 6; i++) {
            writeStream(json, i);
        }
        json.endArray();
        json.name("Chapters").beginArray();
        for (int i = 0; i < s.index % 13; i++) {
            json.beginObject().name("StartPositionTicks").value(i * 3_000_000_000L).name("Name")
                    .value("Chapter " + i).name("ImageDateModified").value("0001-01-01T00:00:00.0000000Z")
                    .endObject();
        }
        json.endArray();
        json.name("ImageTags").beginObject().name("Primary").value(hex(32, s.index + 3)).endObject();
        json.name("BackdropImageTags").beginArray().value(hex(32, s.index + 5)).endArray();
        json.name("ImageBlurHashes").beginObject().name("Primary").beginObject();
        json.name(hex(32, s.index + 3)).value("e+K_Xj~qRjR%t8InIARjofWBD%IoWVayWBRjaet7j[ayV@V@t7ofj[");
        json.endObject().name("Backdrop").beginObject();
        json.name(hex(32, s.index + 5)).value("WWKJvK-;N1oiIBRV]@V@sDs=tQxbvoovs:aKbb%2?1ozSwRlRPRk");
        json.endObject().endObject();
        json.name("LocationType").value("FileSystem").name("MediaType").value("Video");
        if (withUserData) {
            json.name("UserData").beginObject().name("PlaybackPositionTicks").value(0).name("PlayCount").value(0);
            json.name("IsFavorite").value(false).name("Played").value(false).name("Key").value(s.itemId)
                    .endObject();
        }
        json.endObject();
    }

    private static void writeStream(JsonWriter json, int index) throws IOException {
        json.beginObject().name("Codec").value(index == 0 ? "h264" : "aac").name("Language").value("eng");
        json.name("TimeBase").value("1/1000").name("VideoRange").value("SDR").name("VideoRangeType").value("SDR");
        json.name("AudioSpatialFormat").value("None").name("DisplayTitle").value("Stream " + index);
        json.name("LocalizedDefault").value("Default").name("LocalizedExternal").value("External");
        json.name("IsInterlaced").value(false).name("IsAVC").value(index == 0).name("BitRate").value(4531337);
        json.name("BitDepth").value(8).name("RefFrames").value(1).name("IsDefault").value(index < 2);
        json.name("IsForced").value(false).name("IsHearingImpaired").value(false).name("Height").value(1080);
        json.name("Width").value(1920).name("AverageFrameRate").value(23.976).name("RealFrameRate").value(23.976);
        json.name("Profile").value("High").name("Type").value(index == 0 ? "Video" : "Audio");
        json.name("AspectRatio").value("16:9").name("Index").value(index).name("IsExternal").value(false);
        json.name("IsTextSubtitleStream").value(false).name("SupportsExternalStream").value(false);
        json.name("PixelFormat").value("yuv420p").name("Level").value(40).endObject();
    }

    private static String filler(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append("A quiet retired agent is pulled back into a world he left behind. ");
        }
        return text.substring(0, length);
    }

    private static String hex(int length, long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(Character.forDigit(r.nextInt(16), 16));
        }
        return text.toString();
    }

    /** One generated session's mutable state. */
    private final class Model {
        final int index;
        final boolean playing;
        final String id;
        final String userId;
        final String client;
        final String deviceName;
        final String deviceId;
        final String itemId;
        final String title;
        final String type;
        final long runTimeTicks;
        final boolean paused;
        final int volume;
        long positionTicks;
        Instant lastActivity;
        Instant lastCheckIn;

        Model(int index, boolean playing) {
            this.index = index;
            this.playing = playing;
            this.id = hex(32, random.nextLong());
            this.userId = hex(32, index % 7);
            this.client = CLIENTS[random.nextInt(CLIENTS.length)];
            this.deviceName = DEVICES[random.nextInt(DEVICES.length)] + " " + index;
            this.deviceId = "device-" + hex(16, random.nextLong()).toUpperCase(Locale.ROOT);
            this.itemId = hex(32, random.nextLong());
            this.title = "Title " + index;
            this.type = TYPES[random.nextInt(TYPES.length)];
            this.runTimeTicks = (600 + random.nextInt(6000)) * TICKS_PER_SECOND;
            this.paused = playing && random.nextInt(4) == 0;
            this.volume = random.nextInt(101);
            this.positionTicks = playing ? (long) (random.nextDouble() * runTimeTicks / 2) : 0;
            // a playing client reports progress every few seconds; idle ones were last seen up to an hour ago
            this.lastActivity = playing && !paused ? START : START.minusSeconds(random.nextInt(3600));
            this.lastCheckIn = lastActivity;
        }
    }
}
