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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ApiRequest.Method;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;
import org.openhab.binding.jellyfin.internal.api.dto.JsonSupport;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackProgressInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStartInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStopInfo;
import org.openhab.binding.jellyfin.internal.api.dto.ServerDates;

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
public class EmbyDialect implements ServerDialect {

    private static final String BASE = "/emby";
    private static final Set<String> COMMANDS = Set.of("Mute", "Unmute", "ToggleMute", "SetVolume", "VolumeUp",
            "VolumeDown", "SetAudioStreamIndex", "SetSubtitleStreamIndex", "SetRepeatMode", "DisplayMessage",
            "DisplayContent", "ToggleFullscreen", "GoHome");

    private final ServerVersion version;

    public EmbyDialect(ServerVersion version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "Emby (" + version + ")";
    }

    @Override
    public ServerProduct product() {
        return ServerProduct.EMBY;
    }

    @Override
    public ServerVersion version() {
        return version;
    }

    @Override
    public String basePath() {
        return BASE;
    }

    @Override
    public Set<ApiOperation> operations() {
        return EnumSet.allOf(ApiOperation.class);
    }

    @Override
    public Set<String> generalCommands() {
        return COMMANDS;
    }

    @Override
    public SubscriptionPolicy subscriptionPolicy() {
        return SubscriptionPolicy.ANYONE;
    }

    @Override
    public ApiRequest authorize(ApiRequest request, ClientIdentity identity, @Nullable Credentials credentials) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(AuthHeaders.EMBY_AUTHORIZATION,
                AuthHeaders.emby(identity, credentials != null ? credentials.userId() : null));
        if (credentials != null) {
            headers.put(AuthHeaders.EMBY_TOKEN, credentials.token());
        }
        return request.withHeaders(headers);
    }

    @Override
    public WebSocketTarget webSocket(URI serverUri, ClientIdentity identity, Credentials credentials) {
        String query = "api_key=" + Ids.encode(credentials.token()) + "&deviceId=" + Ids.encode(identity.deviceId());
        return new WebSocketTarget(WebSockets.uri(serverUri, BASE + "/embywebsocket", query), Map.of());
    }

    @Override
    public String formatDate(Instant date) {
        return ServerDates.formatEmby(date);
    }

    @Override
    public ApiRequest systemInfoPublic() {
        return request(Method.GET, "/System/Info/Public").build();
    }

    @Override
    public ApiRequest authenticateByName(String username, String password) {
        JsonObject body = new JsonObject();
        body.addProperty("Username", username);
        body.addProperty("Pw", password);
        return request(Method.POST, "/Users/AuthenticateByName").json(body.toString()).sensitive().build();
    }

    @Override
    public ApiRequest markPlayed(String userId, String itemId, @Nullable Instant datePlayed)
            throws JellyfinApiException {
        return request(Method.POST, userItem("/PlayedItems/", userId, itemId))
                .query("DatePlayed", datePlayed != null ? formatDate(datePlayed) : null).build();
    }

    @Override
    public ApiRequest markUnplayed(String userId, String itemId) throws JellyfinApiException {
        return request(Method.DELETE, userItem("/PlayedItems/", userId, itemId)).build();
    }

    @Override
    public ApiRequest onPlaybackStart(String userId, ItemPlayback p) throws JellyfinApiException {
        return byItem(Method.POST, userItem("/PlayingItems/", userId, p.itemId()), p).query("CanSeek", true).build();
    }

    @Override
    public ApiRequest onPlaybackProgress(String userId, ItemPlayback p) throws JellyfinApiException {
        JsonObject body = new JsonObject();
        body.addProperty("EventName", "TimeUpdate");
        return byItem(Method.POST, userItem("/PlayingItems/", userId, p.itemId()) + "/Progress", p)
                .query("PositionTicks", p.positionTicks()).query("IsPaused", p.paused()).json(body.toString())
                .build();
    }

    @Override
    public ApiRequest onPlaybackStopped(String userId, ItemPlayback p) throws JellyfinApiException {
        // NextMediaType is required by the route; "Unknown" tells the server nothing follows
        return byItem(Method.DELETE, userItem("/PlayingItems/", userId, p.itemId()), p)
                .query("NextMediaType", "Unknown").query("PositionTicks", p.positionTicks()).build();
    }

    private ApiRequest.Builder byItem(Method method, String path, ItemPlayback p) throws JellyfinApiException {
        String playSession = p.playSessionId();
        return request(method, path).query("MediaSourceId", Ids.check("media source id", p.mediaSourceOrItemId()))
                .query("PlaySessionId", playSession != null ? Ids.check("play session id", playSession) : null);
    }

    @Override
    public ApiRequest pingSession(String playSessionId) throws JellyfinApiException {
        return request(Method.POST, "/Sessions/Playing/Ping")
                .query("PlaySessionId", Ids.check("play session id", playSessionId)).build();
    }

    @Override
    public ApiRequest reportPlaybackStart(PlaybackStartInfo info) {
        return request(Method.POST, "/Sessions/Playing").json(JsonSupport.gson().toJson(info)).build();
    }

    @Override
    public ApiRequest reportPlaybackProgress(PlaybackProgressInfo info) {
        return request(Method.POST, "/Sessions/Playing/Progress").json(JsonSupport.gson().toJson(info)).build();
    }

    @Override
    public ApiRequest reportPlaybackStopped(PlaybackStopInfo info) {
        return request(Method.POST, "/Sessions/Playing/Stopped").json(JsonSupport.gson().toJson(info)).build();
    }

    @Override
    public ApiRequest getSessions(SessionQuery query) throws JellyfinApiException {
        String controllable = query.controllableByUserId();
        String deviceId = query.deviceId();
        return request(Method.GET, "/Sessions")
                .query("ControllableByUserId", controllable != null ? Ids.check("user id", controllable) : null)
                .query("DeviceId", deviceId != null ? Ids.checkText("device id", deviceId) : null).build();
    }

    @Override
    public ApiRequest playstate(String sessionId, PlaystateCommand command, @Nullable Long seekPositionTicks)
            throws JellyfinApiException {
        if (command == PlaystateCommand.SEEK && seekPositionTicks == null) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "A seek needs a target position");
        }
        JsonObject body = new JsonObject();
        body.addProperty("Command", command.wireName());
        if (command == PlaystateCommand.SEEK && seekPositionTicks != null) {
            body.addProperty("SeekPositionTicks", seekPositionTicks);
        }
        return request(Method.POST, "/Sessions/" + session(sessionId) + "/Playing/" + command.wireName())
                .json(body.toString()).build();
    }

    @Override
    public ApiRequest play(String sessionId, PlayCommand command, List<String> itemIds,
            @Nullable Long startPositionTicks) throws JellyfinApiException {
        if (itemIds.isEmpty()) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "There is nothing to play: no item ids were given");
        }
        StringBuilder ids = new StringBuilder();
        for (String id : itemIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(Ids.check("item id", id));
        }
        return request(Method.POST, "/Sessions/" + session(sessionId) + "/Playing").query("ItemIds", ids)
                .query("StartPositionTicks", startPositionTicks).query("PlayCommand", command.wireName()).json("{}")
                .build();
    }

    @Override
    public ApiRequest generalCommand(String sessionId, GeneralCommand command) throws JellyfinApiException {
        String name = Ids.checkName("command name", command.name());
        if (!COMMANDS.contains(name)) {
            throw new JellyfinApiException(Kind.OPERATION_UNSUPPORTED, "The command " + name + " is not available on "
                    + name());
        }
        if (command.arguments().isEmpty()) {
            return request(Method.POST, "/Sessions/" + session(sessionId) + "/Command/" + name).build();
        }
        return request(Method.POST, "/Sessions/" + session(sessionId) + "/Command")
                .json(JellyfinDialect.generalCommandBody(command)).build();
    }

    @Override
    public ApiRequest sendMessage(String sessionId, String header, String text, @Nullable Long timeoutMs)
            throws JellyfinApiException {
        return request(Method.POST, "/Sessions/" + session(sessionId) + "/Message")
                .query("Text", Ids.checkText("message text", text))
                .query("Header", Ids.checkText("message header", header)).query("TimeoutMs", timeoutMs).build();
    }

    @Override
    public ApiRequest postCapabilities(@Nullable String sessionId, ClientCapabilities capabilities)
            throws JellyfinApiException {
        if (sessionId == null) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT,
                    "Emby needs the binding's own session id to post its capabilities; log in as a user first");
        }
        return request(Method.POST, "/Sessions/Capabilities/Full").query("Id", Ids.check("session id", sessionId))
                .json(JsonSupport.gson().toJson(capabilities)).build();
    }

    @Override
    public ApiRequest getItem(String userId, String itemId) throws JellyfinApiException {
        return request(Method.GET, userItem("/Items/", userId, itemId)).build();
    }

    @Override
    public ApiRequest searchItems(String userId, ItemSearch search) throws JellyfinApiException {
        StringBuilder types = new StringBuilder();
        for (String type : search.itemTypes()) {
            types.append(types.isEmpty() ? "" : ",").append(Ids.checkName("item type", type));
        }
        return request(Method.GET, "/Users/" + Ids.check("user id", userId) + "/Items")
                .query("SearchTerm", Ids.checkText("search text", search.terms())).query("Recursive", true)
                .query("Limit", search.limit()).query("IncludeItemTypes", types.isEmpty() ? null : types).build();
    }

    @Override
    public ApiRequest getUserData(String userId, String itemId) throws JellyfinApiException {
        return getItem(userId, itemId);
    }

    @Override
    public boolean userDataFromItem() {
        return true;
    }

    private ApiRequest.Builder request(Method method, String path) {
        return ApiRequest.builder(method, BASE + path);
    }

    private static String userItem(String middle, String userId, String itemId) throws JellyfinApiException {
        return "/Users/" + Ids.check("user id", userId) + middle + Ids.check("item id", itemId);
    }

    private static String session(String sessionId) throws JellyfinApiException {
        return Ids.check("session id", sessionId);
    }

    @Override
    public String toString() {
        return name();
    }
}
