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
package org.openhab.binding.jellyfin.benchmark;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.benchmark.dto.BaseItemDto;
import org.openhab.binding.jellyfin.benchmark.dto.ClientCapabilitiesDto;
import org.openhab.binding.jellyfin.benchmark.dto.PlayerStateInfo;
import org.openhab.binding.jellyfin.benchmark.dto.SessionInfoDto;
import org.openhab.binding.jellyfin.benchmark.dto.UserItemDataDto;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * The baseline the binding's parser is measured against: a push read into full DTO trees with Gson
 * (every property of SessionInfoDto, BaseItemDto, MediaStream, ... as the spec defines them; dates as
 * {@link OffsetDateTime}, as a generated OpenAPI client reads them), then diffed by comparing the fields
 * the binding's channels use, session by session.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public final class FullDtoDiff {

    private final Gson gson = new GsonBuilder().registerTypeAdapter(OffsetDateTime.class, new DateAdapter())
            .create();

    /** The WebSocket envelope around a session list. */
    public static class SessionsMessage {
        @SerializedName("MessageType")
        public @Nullable String messageType;
        @SerializedName("MessageId")
        public @Nullable String messageId;
        @SerializedName("Data")
        public @Nullable List<SessionInfoDto> data;
    }

    /** @return the sessions of a {@code Sessions} push */
    public List<SessionInfoDto> parse(String message) {
        SessionsMessage parsed = gson.fromJson(message, SessionsMessage.class);
        List<SessionInfoDto> data = parsed.data;
        if (!"Sessions".equals(parsed.messageType) || data == null) {
            throw new IllegalStateException("not a session list");
        }
        return data;
    }

    /** @return the sessions keyed by id, in the server's order */
    public static Map<String, SessionInfoDto> byId(List<SessionInfoDto> sessions) {
        Map<String, SessionInfoDto> map = new LinkedHashMap<>(Math.max(4, sessions.size() * 4 / 3 + 1));
        for (SessionInfoDto session : sessions) {
            map.put(String.valueOf(session.id), session);
        }
        return map;
    }

    /** @return the ids of the sessions that changed, appeared or disappeared */
    public List<String> changedSessions(Map<String, SessionInfoDto> previous, List<SessionInfoDto> sessions) {
        Map<String, SessionInfoDto> current = byId(sessions);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, SessionInfoDto> entry : current.entrySet()) {
            SessionInfoDto before = previous.get(entry.getKey());
            if (before == null || !same(before, entry.getValue())) {
                changed.add(entry.getKey());
            }
        }
        for (String id : previous.keySet()) {
            if (!current.containsKey(id)) {
                changed.add(id);
            }
        }
        return changed;
    }

    private static boolean same(SessionInfoDto a, SessionInfoDto b) {
        return Objects.equals(a.userId, b.userId) && Objects.equals(a.userName, b.userName)
                && Objects.equals(a.client, b.client) && Objects.equals(a.deviceName, b.deviceName)
                && Objects.equals(a.deviceId, b.deviceId) && Objects.equals(a.deviceType, b.deviceType)
                && Objects.equals(a.applicationVersion, b.applicationVersion)
                && Objects.equals(a.isActive, b.isActive) && Objects.equals(a.lastActivityDate, b.lastActivityDate)
                && Objects.equals(a.supportsRemoteControl, b.supportsRemoteControl)
                && Objects.equals(a.supportedCommands, b.supportedCommands)
                && Objects.equals(a.playableMediaTypes, b.playableMediaTypes)
                && sameCapabilities(a.capabilities, b.capabilities) && samePlayState(a.playState, b.playState)
                && sameItem(a.nowPlayingItem, b.nowPlayingItem);
    }

    private static boolean sameCapabilities(@Nullable ClientCapabilitiesDto a, @Nullable ClientCapabilitiesDto b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.supportedCommands, b.supportedCommands)
                && Objects.equals(a.playableMediaTypes, b.playableMediaTypes);
    }

    private static boolean samePlayState(@Nullable PlayerStateInfo a, @Nullable PlayerStateInfo b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.positionTicks, b.positionTicks) && Objects.equals(a.canSeek, b.canSeek)
                && Objects.equals(a.isPaused, b.isPaused) && Objects.equals(a.isMuted, b.isMuted)
                && Objects.equals(a.volumeLevel, b.volumeLevel)
                && Objects.equals(a.audioStreamIndex, b.audioStreamIndex)
                && Objects.equals(a.subtitleStreamIndex, b.subtitleStreamIndex)
                && Objects.equals(a.mediaSourceId, b.mediaSourceId) && a.playMethod == b.playMethod
                && a.repeatMode == b.repeatMode && a.playbackOrder == b.playbackOrder;
    }

    private static boolean sameItem(@Nullable BaseItemDto a, @Nullable BaseItemDto b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.id, b.id) && Objects.equals(a.name, b.name) && a.type == b.type
                && Objects.equals(a.seriesName, b.seriesName) && Objects.equals(a.seasonName, b.seasonName)
                && Objects.equals(a.parentIndexNumber, b.parentIndexNumber)
                && Objects.equals(a.indexNumber, b.indexNumber) && Objects.equals(a.runTimeTicks, b.runTimeTicks)
                && Objects.equals(a.productionYear, b.productionYear) && Objects.equals(a.album, b.album)
                && Objects.equals(a.albumArtist, b.albumArtist) && Objects.equals(a.artists, b.artists)
                && Objects.equals(a.genres, b.genres) && Objects.equals(a.imageTags, b.imageTags)
                && Objects.equals(played(a.userData), played(b.userData));
    }

    private static @Nullable Boolean played(@Nullable UserItemDataDto userData) {
        return userData == null ? null : userData.played;
    }

    /** Dates as a generated client reads them: ISO-8601 with offset. */
    private static final class DateAdapter extends TypeAdapter<OffsetDateTime> {
        @Override
        public void write(JsonWriter out, @Nullable OffsetDateTime value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public @Nullable OffsetDateTime read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return OffsetDateTime.parse(in.nextString());
        }
    }
}
