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
package org.openhab.binding.jellyfin.internal.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;
import org.openhab.binding.jellyfin.internal.api.dto.JsonSupport;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackProgressInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStartInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStopInfo;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Jellyfin from 10.8 on: no base path, the {@code MediaBrowser} Authorization header (on every version;
 * 12.0 turns the legacy auth forms off), {@code {base}/socket} with that header, camelCase query names,
 * JSON bodies for commands and messages. User and item ids go into requests in the dashed GUID form the
 * specs describe (the servers accept both). What differs per version range is data, set from the version:
 * <ul>
 * <li>10.8 keeps the user in the path ({@code /Users/{u}/PlayedItems/{i}}, {@code /Users/{u}/PlayingItems/{i}},
 * {@code /Users/{u}/Items/{i}}) and applies activeWithinSeconds only together with controllableByUserId;</li>
 * <li>10.9 on moved the user to a {@code userId} query ({@code /UserPlayedItems/{i}}, {@code /Items/{i}},
 * {@code /UserItems/{i}/UserData}); by-item playback is {@code /PlayingItems/{i}} for the caller's user;
 * it knows SetPlaybackOrder;</li>
 * <li>12.0 removed {@code /PlayingItems/{i}}: the by-item reports are sent as the session reports
 * {@code /Sessions/Playing}, {@code /Playing/Progress} and {@code /Playing/Stopped};</li>
 * <li>who may subscribe to sessions: anyone on 10.8, admins only on 10.9.0-10.10.5, admins or API keys on
 * 10.10.6+, anyone again on 10.11+.</li>
 * </ul>
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class JellyfinDialect extends ServerDialect {

    private static final Set<String> COMMANDS_10_8 = Set.of("Mute", "Unmute", "ToggleMute", "SetVolume",
            "VolumeUp", "VolumeDown", "SetAudioStreamIndex", "SetSubtitleStreamIndex", "SetRepeatMode",
            "SetShuffleQueue", "DisplayMessage", "DisplayContent", "ToggleFullscreen", "GoHome");
    private static final Set<String> COMMANDS_10_9 = Set.of("Mute", "Unmute", "ToggleMute", "SetVolume",
            "VolumeUp", "VolumeDown", "SetAudioStreamIndex", "SetSubtitleStreamIndex", "SetRepeatMode",
            "SetShuffleQueue", "SetPlaybackOrder", "DisplayMessage", "DisplayContent", "ToggleFullscreen", "GoHome");

    /** 10.8: the user is part of the path of user-scoped routes, and user data comes with the item. */
    private final boolean userInPath;
    /** Before 12.0: the by-item playback routes {@code PlayingItems} exist. */
    private final boolean byItemRoutes;
    private final String range;

    /**
     * @param version a Jellyfin version from 10.8.0 on
     */
    public JellyfinDialect(ServerVersion version) {
        super(ServerProduct.JELLYFIN, version, "");
        userInPath = !version.isAtLeast(10, 9, 0);
        byItemRoutes = version.major() == 10;
        range = userInPath ? "10.8" : byItemRoutes ? "10.9-10.11" : "12";
    }

    @Override
    public String name() {
        return "Jellyfin " + range + " (" + version() + ")";
    }

    /**
     * 10.9 to 10.10.5 send the live session list to administrators only, 10.10.6 to 10.10.x also to API keys;
     * 10.8 and 10.11 on to anyone.
     */
    @Override
    public boolean allowsSubscription(boolean apiKey, boolean admin) {
        ServerVersion v = version();
        return userInPath || v.isAtLeast(10, 11, 0) || (apiKey ? v.isAtLeast(10, 10, 6) : admin);
    }

    @Override
    public Set<String> generalCommands() {
        return userInPath ? COMMANDS_10_8 : COMMANDS_10_9;
    }

    @Override
    public ApiRequest authorize(ApiRequest request, ClientIdentity identity, @Nullable Credentials credentials) {
        return request.header("Authorization", authorization(identity, credentials));
    }

    @Override
    public WebSocketTarget webSocket(URI serverUri, ClientIdentity identity, Credentials credentials) {
        return new WebSocketTarget(webSocketUri(serverUri, "/socket", ""),
                Map.of("Authorization", authorization(identity, credentials)));
    }

    /**
     * {@code MediaBrowser Client="…", Device="…", DeviceId="…", Version="…"[, Token="…"]}, accepted by every
     * version from 10.8 on with an access token or an API key as Token. Jellyfin URL-decodes each value, so
     * values are percent-encoded: quotes, commas or line breaks can neither break the header nor add fields.
     */
    private static String authorization(ClientIdentity identity, @Nullable Credentials credentials) {
        String header = "MediaBrowser " + field("Client", identity.client()) + ", "
                + field("Device", identity.deviceName()) + ", " + field("DeviceId", identity.deviceId()) + ", "
                + field("Version", identity.version());
        return credentials != null ? header + ", " + field("Token", credentials.token()) : header;
    }

    private static String field(String name, String value) {
        return name + "=\"" + ApiRequest.encode(value) + "\"";
    }

    @Override
    public String formatDate(Instant date) {
        return date.toString();
    }

    @Override
    public ApiRequest markPlayed(String userId, String itemId, @Nullable Instant datePlayed)
            throws JellyfinApiException {
        return played("POST", userId, itemId).query("datePlayed", datePlayed != null ? formatDate(datePlayed) : null);
    }

    @Override
    public ApiRequest markUnplayed(String userId, String itemId) throws JellyfinApiException {
        return played("DELETE", userId, itemId);
    }

    private ApiRequest played(String method, String userId, String itemId) throws JellyfinApiException {
        if (userInPath) {
            return request(method, userItem("/PlayedItems/", userId, itemId));
        }
        return request(method, "/UserPlayedItems/" + guid("item id", itemId)).query("userId", guid("user id", userId));
    }

    @Override
    public ApiRequest onPlaybackStart(String userId, ItemPlayback playback) throws JellyfinApiException {
        if (!byItemRoutes) {
            PlaybackStartInfo info = new PlaybackStartInfo(guid("item id", playback.itemId()));
            fill(info, playback);
            info.setCanSeek(true);
            return reportPlaybackStart(info);
        }
        return byItem("POST", "", userId, playback).query("canSeek", true);
    }

    @Override
    public ApiRequest onPlaybackProgress(String userId, ItemPlayback playback) throws JellyfinApiException {
        if (!byItemRoutes) {
            PlaybackProgressInfo info = new PlaybackProgressInfo(guid("item id", playback.itemId()));
            fill(info, playback);
            info.setIsPaused(playback.paused());
            return reportPlaybackProgress(info);
        }
        return byItem("POST", "/Progress", userId, playback).query("positionTicks", playback.positionTicks())
                .query("isPaused", playback.paused());
    }

    @Override
    public ApiRequest onPlaybackStopped(String userId, ItemPlayback playback) throws JellyfinApiException {
        if (!byItemRoutes) {
            PlaybackStopInfo info = new PlaybackStopInfo(guid("item id", playback.itemId()));
            info.setMediaSourceId(checkOptionalId("media source id", playback.mediaSourceId()));
            info.setPlaySessionId(checkOptionalId("play session id", playback.playSessionId()));
            info.setPositionTicks(playback.positionTicks());
            return reportPlaybackStopped(info);
        }
        return byItem("DELETE", "", userId, playback).query("positionTicks", playback.positionTicks());
    }

    /**
     * A by-item playback route (10.8 to 10.11) with the parameters every report has.
     */
    private ApiRequest byItem(String method, String suffix, String userId, ItemPlayback p)
            throws JellyfinApiException {
        String item = userInPath ? userItem("/PlayingItems/", userId, p.itemId())
                : "/PlayingItems/" + guid("item id", p.itemId());
        return request(method, item + suffix)
                .query("mediaSourceId", checkOptionalId("media source id", p.mediaSourceId()))
                .query("playSessionId", checkOptionalId("play session id", p.playSessionId()));
    }

    private static void fill(PlaybackProgressInfo info, ItemPlayback playback) throws JellyfinApiException {
        info.setMediaSourceId(checkOptionalId("media source id", playback.mediaSourceId()));
        info.setPlaySessionId(checkOptionalId("play session id", playback.playSessionId()));
        info.setPositionTicks(playback.positionTicks());
    }

    @Override
    public ApiRequest pingSession(String playSessionId) throws JellyfinApiException {
        return request("POST", "/Sessions/Playing/Ping").query("playSessionId",
                checkId("play session id", playSessionId));
    }

    /**
     * @return the report as JSON, its ItemId checked and in the dashed GUID form
     */
    @Override
    protected String reportJson(Object info) throws JellyfinApiException {
        JsonObject json = JsonSupport.gson().toJsonTree(info).getAsJsonObject();
        JsonElement itemId = json.get("ItemId");
        if (itemId != null && itemId.isJsonPrimitive()) {
            json.addProperty("ItemId", guid("item id", itemId.getAsString()));
        }
        return json.toString();
    }

    @Override
    public ApiRequest getSessions(@Nullable Integer activeWithinSeconds, @Nullable String controllable,
            @Nullable String deviceId) throws JellyfinApiException {
        // 10.8 applies activeWithinSeconds only together with controllableByUserId
        boolean appliesActiveWithin = !userInPath || controllable != null;
        return request("GET", "/Sessions")
                .query("controllableByUserId", controllable != null ? guid("user id", controllable) : null)
                .query("deviceId", deviceId != null ? checkText("device id", deviceId) : null)
                .query("activeWithinSeconds", appliesActiveWithin ? activeWithinSeconds : null);
    }

    @Override
    public ApiRequest playstate(String sessionId, PlaystateCommand command, @Nullable Long seekPositionTicks)
            throws JellyfinApiException {
        if (command == PlaystateCommand.SEEK && seekPositionTicks == null) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "A seek needs a target position");
        }
        return request("POST", "/Sessions/" + checkId("session id", sessionId) + "/Playing/" + command.wireName())
                .query("seekPositionTicks", command == PlaystateCommand.SEEK ? seekPositionTicks : null);
    }

    @Override
    public ApiRequest play(String sessionId, PlayCommand command, List<String> itemIds,
            @Nullable Long startPositionTicks) throws JellyfinApiException {
        if (itemIds.isEmpty()) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "There is nothing to play: no item ids were given");
        }
        ApiRequest r = request("POST", "/Sessions/" + checkId("session id", sessionId) + "/Playing")
                .query("playCommand", command.wireName());
        for (String id : itemIds) {
            r.query("itemIds", guid("item id", id));
        }
        return r.query("startPositionTicks", startPositionTicks);
    }

    @Override
    public ApiRequest sendMessage(String sessionId, String header, String text, @Nullable Long timeoutMs)
            throws JellyfinApiException {
        JsonObject body = new JsonObject();
        body.addProperty("Header", header);
        body.addProperty("Text", text);
        if (timeoutMs != null) {
            body.addProperty("TimeoutMs", timeoutMs);
        }
        return request("POST", "/Sessions/" + checkId("session id", sessionId) + "/Message").json(body.toString());
    }

    @Override
    public ApiRequest postCapabilities(@Nullable String sessionId, ClientCapabilities capabilities)
            throws JellyfinApiException {
        return request("POST", "/Sessions/Capabilities/Full").query("id", checkOptionalId("session id", sessionId))
                .json(JsonSupport.gson().toJson(capabilities));
    }

    @Override
    public ApiRequest getItem(String userId, String itemId) throws JellyfinApiException {
        if (userInPath) {
            return request("GET", userItem("/Items/", userId, itemId));
        }
        return request("GET", "/Items/" + guid("item id", itemId)).query("userId", guid("user id", userId));
    }

    @Override
    public ApiRequest searchItems(String userId, String terms, List<String> itemTypes, int limit)
            throws JellyfinApiException {
        ApiRequest r = request("GET", "/Items").query("userId", guid("user id", userId))
                .query("searchTerm", checkText("search text", terms)).query("recursive", true)
                .query("limit", limit);
        for (String type : itemTypes) {
            r.query("includeItemTypes", checkName("item type", type));
        }
        return r;
    }

    @Override
    public ApiRequest getItems(String userId, List<String> itemIds) throws JellyfinApiException {
        ApiRequest r = request("GET", "/Items").query("userId", guid("user id", userId));
        for (String id : checkNotEmpty(itemIds)) {
            r.query("ids", guid("item id", id));
        }
        return r;
    }

    @Override
    public ApiRequest primaryImage(String itemId, @Nullable String tag, int maxWidth) throws JellyfinApiException {
        return request("GET", "/Items/" + guid("item id", itemId) + "/Images/Primary")
                .query("tag", checkOptionalId("image tag", tag)).query("maxWidth", Math.max(1, maxWidth));
    }

    @Override
    public ApiRequest getUserData(String userId, String itemId) throws JellyfinApiException {
        if (userInPath) {
            return getItem(userId, itemId);
        }
        return request("GET", "/UserItems/" + guid("item id", itemId) + "/UserData").query("userId",
                guid("user id", userId));
    }

    @Override
    public boolean userDataFromItem() {
        return userInPath;
    }

    private static String userItem(String middle, String userId, String itemId) throws JellyfinApiException {
        return "/Users/" + guid("user id", userId) + middle + guid("item id", itemId);
    }

    /**
     * @return the checked id in the dashed GUID form when it is a GUID, else unchanged
     */
    private static String guid(String what, String id) throws JellyfinApiException {
        return Guids.dashed(checkId(what, id));
    }
}
