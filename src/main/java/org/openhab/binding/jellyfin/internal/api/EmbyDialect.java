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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;
import org.openhab.binding.jellyfin.internal.api.dto.JsonSupport;

import com.google.gson.JsonObject;

/**
 * Emby 4.8 and 4.9: REST under {@code /emby}, PascalCase query names, {@code X-Emby-Token} plus the
 * {@code Emby} form of the authorization header, {@code DatePlayed} as {@code yyyyMMddHHmmss}, by-item
 * playback with a required MediaSourceId, session commands and play requests with a JSON body, messages
 * as query parameters, the live stream on {@code /embywebsocket?api_key=&deviceId=}. Item ids are numeric.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class EmbyDialect extends ServerDialect {

    private static final Set<String> COMMANDS = Set.of("Mute", "Unmute", "ToggleMute", "SetVolume", "VolumeUp",
            "VolumeDown", "SetAudioStreamIndex", "SetSubtitleStreamIndex", "SetRepeatMode", "DisplayMessage",
            "DisplayContent", "ToggleFullscreen", "GoHome");
    private static final DateTimeFormatter DATE_PLAYED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    public EmbyDialect(ServerVersion version) {
        super(ServerProduct.EMBY, version, "/emby");
    }

    @Override
    public String name() {
        return "Emby (" + version() + ")";
    }

    @Override
    public Set<String> generalCommands() {
        return COMMANDS;
    }

    @Override
    public ApiRequest authorize(ApiRequest request, ClientIdentity identity, @Nullable Credentials credentials) {
        String userId = credentials != null ? credentials.userId() : null;
        request.header("X-Emby-Authorization", authorization(identity, userId));
        return credentials != null ? request.header("X-Emby-Token", credentials.token()) : request;
    }

    /**
     * {@code Emby UserId="…", Client="…", Device="…", DeviceId="…", Version="…"}; the token travels in
     * {@code X-Emby-Token}.
     */
    private static String authorization(ClientIdentity identity, @Nullable String userId) {
        String user = userId != null ? "UserId=\"" + sanitize(userId) + "\", " : "";
        return "Emby " + user + "Client=\"" + sanitize(identity.client()) + "\", Device=\""
                + sanitize(identity.deviceName()) + "\", DeviceId=\"" + sanitize(identity.deviceId())
                + "\", Version=\"" + sanitize(identity.version()) + "\"";
    }

    /**
     * Emby's decoding of header values is not documented, so a device name with quotes, commas or line
     * breaks cannot be percent-encoded: the characters that could end a value or the header are replaced.
     *
     * @return the value with quotes, commas, equals signs, backslashes and control characters replaced
     */
    private static String sanitize(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append('\'');
            } else if (c == ',' || c == '=' || c == '\\' || Character.isISOControl(c)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().trim();
    }

    @Override
    public WebSocketTarget webSocket(URI serverUri, ClientIdentity identity, Credentials credentials) {
        String query = "api_key=" + ApiRequest.encode(credentials.token()) + "&deviceId="
                + ApiRequest.encode(identity.deviceId());
        return new WebSocketTarget(webSocketUri(serverUri, basePath() + "/embywebsocket", query), Map.of());
    }

    @Override
    public String formatDate(Instant date) {
        return DATE_PLAYED.format(date);
    }

    @Override
    public ApiRequest markPlayed(String userId, String itemId, @Nullable Instant datePlayed)
            throws JellyfinApiException {
        return request("POST", userItem("/PlayedItems/", userId, itemId)).query("DatePlayed",
                datePlayed != null ? formatDate(datePlayed) : null);
    }

    @Override
    public ApiRequest markUnplayed(String userId, String itemId) throws JellyfinApiException {
        return request("DELETE", userItem("/PlayedItems/", userId, itemId));
    }

    @Override
    public ApiRequest onPlaybackStart(String userId, ItemPlayback p) throws JellyfinApiException {
        return byItem("POST", "", userId, p).query("CanSeek", true);
    }

    @Override
    public ApiRequest onPlaybackProgress(String userId, ItemPlayback p) throws JellyfinApiException {
        JsonObject body = new JsonObject();
        body.addProperty("EventName", "TimeUpdate");
        return byItem("POST", "/Progress", userId, p).query("PositionTicks", p.positionTicks())
                .query("IsPaused", p.paused()).json(body.toString());
    }

    @Override
    public ApiRequest onPlaybackStopped(String userId, ItemPlayback p) throws JellyfinApiException {
        // NextMediaType is required by the route; "Unknown" tells the server nothing follows
        return byItem("DELETE", "", userId, p).query("NextMediaType", "Unknown").query("PositionTicks",
                p.positionTicks());
    }

    /**
     * A by-item playback route; Emby requires a MediaSourceId, the item id when none is known.
     */
    private ApiRequest byItem(String method, String suffix, String userId, ItemPlayback p)
            throws JellyfinApiException {
        return request(method, userItem("/PlayingItems/", userId, p.itemId()) + suffix)
                .query("MediaSourceId", checkId("media source id", p.mediaSourceOrItemId()))
                .query("PlaySessionId", checkOptionalId("play session id", p.playSessionId()));
    }

    @Override
    public ApiRequest pingSession(String playSessionId) throws JellyfinApiException {
        return request("POST", "/Sessions/Playing/Ping").query("PlaySessionId",
                checkId("play session id", playSessionId));
    }

    @Override
    public ApiRequest getSessions(@Nullable Integer activeWithinSeconds, @Nullable String controllableByUserId,
            @Nullable String deviceId) throws JellyfinApiException {
        return request("GET", "/Sessions")
                .query("ControllableByUserId", checkOptionalId("user id", controllableByUserId))
                .query("DeviceId", deviceId != null ? checkText("device id", deviceId) : null);
    }

    @Override
    public ApiRequest playstate(String sessionId, PlaystateCommand command, @Nullable Long seekPositionTicks)
            throws JellyfinApiException {
        if (command == PlaystateCommand.SEEK && seekPositionTicks == null) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "A seek needs a target position");
        }
        JsonObject body = new JsonObject();
        body.addProperty("Command", command.wireName());
        if (command == PlaystateCommand.SEEK) {
            body.addProperty("SeekPositionTicks", seekPositionTicks);
        }
        return request("POST", "/Sessions/" + checkId("session id", sessionId) + "/Playing/" + command.wireName())
                .json(body.toString());
    }

    @Override
    public ApiRequest play(String sessionId, PlayCommand command, List<String> itemIds,
            @Nullable Long startPositionTicks) throws JellyfinApiException {
        if (itemIds.isEmpty()) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "There is nothing to play: no item ids were given");
        }
        StringBuilder ids = new StringBuilder();
        for (String id : itemIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(checkId("item id", id));
        }
        return request("POST", "/Sessions/" + checkId("session id", sessionId) + "/Playing").query("ItemIds", ids)
                .query("StartPositionTicks", startPositionTicks).query("PlayCommand", command.wireName()).json("{}");
    }

    @Override
    public ApiRequest sendMessage(String sessionId, String header, String text, @Nullable Long timeoutMs)
            throws JellyfinApiException {
        return request("POST", "/Sessions/" + checkId("session id", sessionId) + "/Message")
                .query("Text", checkText("message text", text))
                .query("Header", checkText("message header", header)).query("TimeoutMs", timeoutMs);
    }

    @Override
    public ApiRequest postCapabilities(@Nullable String sessionId, ClientCapabilities capabilities)
            throws JellyfinApiException {
        if (sessionId == null) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT,
                    "Emby needs the binding's own session id to post its capabilities; log in as a user first");
        }
        return request("POST", "/Sessions/Capabilities/Full").query("Id", checkId("session id", sessionId))
                .json(JsonSupport.gson().toJson(capabilities));
    }

    @Override
    public ApiRequest getItem(String userId, String itemId) throws JellyfinApiException {
        return request("GET", userItem("/Items/", userId, itemId));
    }

    @Override
    public ApiRequest searchItems(String userId, String terms, List<String> itemTypes, int limit)
            throws JellyfinApiException {
        StringBuilder types = new StringBuilder();
        for (String type : itemTypes) {
            types.append(types.isEmpty() ? "" : ",").append(checkName("item type", type));
        }
        return request("GET", "/Users/" + checkId("user id", userId) + "/Items")
                .query("SearchTerm", checkText("search text", terms)).query("Recursive", true)
                .query("Limit", limit).query("IncludeItemTypes", types.isEmpty() ? null : types);
    }

    @Override
    public ApiRequest getItems(String userId, List<String> itemIds) throws JellyfinApiException {
        StringBuilder ids = new StringBuilder();
        for (String id : checkNotEmpty(itemIds)) {
            ids.append(ids.isEmpty() ? "" : ",").append(checkId("item id", id));
        }
        return request("GET", "/Users/" + checkId("user id", userId) + "/Items").query("Ids", ids);
    }

    @Override
    public ApiRequest primaryImage(String itemId, @Nullable String tag, int maxWidth) throws JellyfinApiException {
        return request("GET", "/Items/" + checkId("item id", itemId) + "/Images/Primary")
                .query("Tag", checkOptionalId("image tag", tag)).query("MaxWidth", Math.max(1, maxWidth));
    }

    @Override
    public ApiRequest getUserData(String userId, String itemId) throws JellyfinApiException {
        return getItem(userId, itemId);
    }

    @Override
    public boolean userDataFromItem() {
        return true;
    }

    private static String userItem(String middle, String userId, String itemId) throws JellyfinApiException {
        return "/Users/" + checkId("user id", userId) + middle + checkId("item id", itemId);
    }
}
