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

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a {@link SimSession} as the server's SessionInfo (GET /Sessions element and the Data of a
 * {@code Sessions} push), shaped after the real captures in src/test/resources/simulator.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SessionJson {
    private final SimRules rules;
    private final SimLibrary library;
    private final String serverId;

    SessionJson(SimRules rules, SimLibrary library, String serverId) {
        this.rules = rules;
        this.library = library;
        this.serverId = serverId;
    }

    JsonObject write(SimSession s) {
        JsonObject json = new JsonObject();
        json.add("PlayState", playState(s));
        json.add("AdditionalUsers", additionalUsers(s));
        if (!rules.isEmby()) {
            json.add("Capabilities", capabilities(s));
        }
        SimJson.put(json, "RemoteEndPoint", "127.0.0.1");
        if (rules.isEmby()) {
            SimJson.put(json, "Protocol", "HTTP/1.1");
        }
        json.add("PlayableMediaTypes", strings(s.playableMediaTypes));
        if (rules.isEmby()) {
            SimJson.put(json, "PlaylistIndex", s.queueIndex);
            SimJson.put(json, "PlaylistLength", s.queue.size());
        }
        SimJson.put(json, "Id", s.id);
        if (rules.isEmby()) {
            SimJson.put(json, "ServerId", serverId);
        }
        String userId = s.userId;
        SimJson.put(json, "UserId", userId == null && !rules.isEmby() ? SimJson.emptyGuid() : userId);
        SimJson.put(json, "UserName", s.userName);
        SimJson.put(json, "Client", s.client);
        SimJson.put(json, "LastActivityDate", SimJson.date(s.lastActivity));
        if (!rules.isEmby()) {
            SimJson.put(json, "LastPlaybackCheckIn", SimJson.date(s.lastActivity));
            Instant lastPaused = s.lastPaused;
            SimJson.put(json, "LastPausedDate", lastPaused == null ? null : SimJson.date(lastPaused));
        }
        SimJson.put(json, "DeviceName", s.deviceName);
        String itemId = s.nowPlayingItemId;
        if (itemId != null) {
            library.find(itemId).ifPresent(item -> json.add("NowPlayingItem", library.json(item, serverId, null)));
        }
        SimJson.put(json, "DeviceId", s.deviceId);
        SimJson.put(json, "ApplicationVersion", s.appVersion);
        if (!rules.isEmby()) {
            SimJson.put(json, "IsActive", true);
            SimJson.put(json, "SupportsMediaControl", s.supportsRemoteControl);
        }
        SimJson.put(json, "SupportsRemoteControl", SessionRoutes.supportsRemoteControl(s));
        if (!rules.isEmby()) {
            json.add("NowPlayingQueue", queue(s));
            SimJson.put(json, "HasCustomDeviceName", false);
            if (itemId != null) {
                SimJson.put(json, "PlaylistItemId", "playlistItem" + s.queueIndex);
            }
            SimJson.put(json, "ServerId", serverId);
        }
        json.add("SupportedCommands", strings(s.supportedCommands));
        return json;
    }

    private JsonObject playState(SimSession s) {
        JsonObject json = new JsonObject();
        boolean playing = s.isPlaying();
        if (playing) {
            SimJson.put(json, "PositionTicks", s.positionTicks);
        }
        SimJson.put(json, "CanSeek", playing && s.canSeek);
        SimJson.put(json, "IsPaused", s.paused);
        SimJson.put(json, "IsMuted", s.muted);
        SimJson.put(json, "VolumeLevel", s.volumeLevel);
        SimJson.put(json, "AudioStreamIndex", s.audioStreamIndex);
        SimJson.put(json, "SubtitleStreamIndex", s.subtitleStreamIndex);
        if (playing) {
            SimJson.put(json, "MediaSourceId", s.nowPlayingItemId);
            SimJson.put(json, "PlayMethod", s.playMethod);
        }
        SimJson.put(json, "RepeatMode", s.repeatMode);
        if (rules.isEmby()) {
            SimJson.put(json, "SubtitleOffset", 0);
            SimJson.put(json, "Shuffle", s.shuffle);
            SimJson.put(json, "PlaybackRate", 1);
        } else if (rules.writesPlaybackOrder()) {
            SimJson.put(json, "PlaybackOrder", s.shuffle ? "Shuffle" : "Default");
        }
        return json;
    }

    /** SessionUserInfo entries: UserId and UserName of each user who joined the session. */
    private static JsonArray additionalUsers(SimSession s) {
        JsonArray array = new JsonArray();
        for (SimUser user : s.additionalUsers) {
            JsonObject entry = new JsonObject();
            entry.addProperty("UserId", user.id());
            entry.addProperty("UserName", user.name());
            array.add(entry);
        }
        return array;
    }

    private JsonObject capabilities(SimSession s) {
        JsonObject json = new JsonObject();
        json.add("PlayableMediaTypes", strings(s.playableMediaTypes));
        json.add("SupportedCommands", strings(s.supportedCommands));
        SimJson.put(json, "SupportsMediaControl", s.supportsRemoteControl);
        SimJson.put(json, "SupportsPersistentIdentifier", true);
        return json;
    }

    private JsonArray queue(SimSession s) {
        JsonArray array = new JsonArray();
        for (int i = 0; i < s.queue.size(); i++) {
            JsonObject entry = new JsonObject();
            entry.addProperty("Id", s.queue.get(i));
            entry.addProperty("PlaylistItemId", "playlistItem" + i);
            array.add(entry);
        }
        return array;
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static @Nullable String nullIfEmpty(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
