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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What every Jellyfin version from 10.8 on shares: no base path, the {@code MediaBrowser} Authorization
 * header, {@code {base}/socket} with that header, camelCase query names, JSON bodies for commands and
 * messages. Subclasses hold what differs per version range (played items, by-item playback, items).
 * User and item ids go into requests in the dashed GUID form the specs describe (the servers accept both).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class JellyfinDialect implements ServerDialect {

    protected static final Set<String> BASE_GENERAL_COMMANDS = Set.of("Mute", "Unmute", "ToggleMute", "SetVolume",
            "VolumeUp", "VolumeDown", "SetAudioStreamIndex", "SetSubtitleStreamIndex", "SetRepeatMode",
            "SetShuffleQueue", "DisplayMessage", "DisplayContent", "ToggleFullscreen", "GoHome");

    private final ServerVersion version;

    protected JellyfinDialect(ServerVersion version) {
        this.version = version;
    }

    @Override
    public ServerProduct product() {
        return ServerProduct.JELLYFIN;
    }

    @Override
    public ServerVersion version() {
        return version;
    }

    @Override
    public String basePath() {
        return "";
    }

    @Override
    public Set<ApiOperation> operations() {
        return EnumSet.allOf(ApiOperation.class);
    }

    @Override
    public Set<String> generalCommands() {
        return BASE_GENERAL_COMMANDS;
    }

    @Override
    public ApiRequest authorize(ApiRequest request, ClientIdentity identity, @Nullable Credentials credentials) {
        return request.withHeaders(Map.of(AuthHeaders.AUTHORIZATION,
                AuthHeaders.jellyfin(identity, credentials != null ? credentials.token() : null)));
    }

    @Override
    public WebSocketTarget webSocket(URI serverUri, ClientIdentity identity, Credentials credentials) {
        return new WebSocketTarget(WebSockets.uri(serverUri, basePath() + "/socket", ""),
                Map.of(AuthHeaders.AUTHORIZATION, AuthHeaders.jellyfin(identity, credentials.token())));
    }

    @Override
    public String formatDate(Instant date) {
        return ServerDates.formatIso(date);
    }

    @Override
    public ApiRequest systemInfoPublic() {
        return get("/System/Info/Public").build();
    }

    @Override
    public ApiRequest authenticateByName(String username, String password) {
        JsonObject body = new JsonObject();
        body.addProperty("Username", username);
        body.addProperty("Pw", password);
        return post("/Users/AuthenticateByName").json(body.toString()).sensitive().build();
    }

    @Override
    public ApiRequest pingSession(String playSessionId) throws JellyfinApiException {
        return post("/Sessions/Playing/Ping").query("playSessionId", Ids.check("play session id", playSessionId))
                .build();
    }

    @Override
    public ApiRequest reportPlaybackStart(PlaybackStartInfo info) throws JellyfinApiException {
        return post("/Sessions/Playing").json(reportJson(info)).build();
    }

    @Override
    public ApiRequest reportPlaybackProgress(PlaybackProgressInfo info) throws JellyfinApiException {
        return post("/Sessions/Playing/Progress").json(reportJson(info)).build();
    }

    @Override
    public ApiRequest reportPlaybackStopped(PlaybackStopInfo info) throws JellyfinApiException {
        return post("/Sessions/Playing/Stopped").json(reportJson(info)).build();
    }

    /**
     * @return the report as JSON, its ItemId checked and in the dashed GUID form
     */
    private static String reportJson(Object info) throws JellyfinApiException {
        JsonObject json = JsonSupport.gson().toJsonTree(info).getAsJsonObject();
        JsonElement itemId = json.get("ItemId");
        if (itemId != null && itemId.isJsonPrimitive()) {
            json.addProperty("ItemId", guid("item id", itemId.getAsString()));
        }
        return json.toString();
    }

    @Override
    public ApiRequest getSessions(SessionQuery query) throws JellyfinApiException {
        String controllable = query.controllableByUserId();
        String deviceId = query.deviceId();
        return get("/Sessions")
                .query("controllableByUserId", controllable != null ? guid("user id", controllable) : null)
                .query("deviceId", deviceId != null ? Ids.checkText("device id", deviceId) : null)
                .query("activeWithinSeconds", appliesActiveWithin(query) ? query.activeWithinSeconds() : null).build();
    }

    /**
     * @return whether the server applies activeWithinSeconds for this query (10.8 only with controllableByUserId)
     */
    protected boolean appliesActiveWithin(SessionQuery query) {
        return true;
    }

    @Override
    public ApiRequest playstate(String sessionId, PlaystateCommand command, @Nullable Long seekPositionTicks)
            throws JellyfinApiException {
        if (command == PlaystateCommand.SEEK && seekPositionTicks == null) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "A seek needs a target position");
        }
        return post("/Sessions/" + session(sessionId) + "/Playing/" + command.wireName())
                .query("seekPositionTicks", command == PlaystateCommand.SEEK ? seekPositionTicks : null).build();
    }

    @Override
    public ApiRequest play(String sessionId, PlayCommand command, List<String> itemIds,
            @Nullable Long startPositionTicks) throws JellyfinApiException {
        if (itemIds.isEmpty()) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "There is nothing to play: no item ids were given");
        }
        ApiRequest.Builder b = post("/Sessions/" + session(sessionId) + "/Playing").query("playCommand",
                command.wireName());
        for (String id : itemIds) {
            b.query("itemIds", guid("item id", id));
        }
        return b.query("startPositionTicks", startPositionTicks).build();
    }

    @Override
    public ApiRequest generalCommand(String sessionId, GeneralCommand command) throws JellyfinApiException {
        String name = Ids.checkName("command name", command.name());
        if (!generalCommands().contains(name)) {
            throw new JellyfinApiException(Kind.OPERATION_UNSUPPORTED,
                    "The command " + name + " is not available on " + name());
        }
        if (command.arguments().isEmpty()) {
            return post("/Sessions/" + session(sessionId) + "/Command/" + name).build();
        }
        return post("/Sessions/" + session(sessionId) + "/Command").json(generalCommandBody(command)).build();
    }

    static String generalCommandBody(GeneralCommand command) throws JellyfinApiException {
        JsonObject body = new JsonObject();
        body.addProperty("Name", command.name());
        JsonObject args = new JsonObject();
        for (Map.Entry<String, String> e : command.arguments().entrySet()) {
            args.addProperty(Ids.checkName("argument name", e.getKey()), e.getValue());
        }
        body.add("Arguments", args);
        return body.toString();
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
        return post("/Sessions/" + session(sessionId) + "/Message").json(body.toString()).build();
    }

    @Override
    public ApiRequest postCapabilities(@Nullable String sessionId, ClientCapabilities capabilities)
            throws JellyfinApiException {
        return post("/Sessions/Capabilities/Full")
                .query("id", sessionId != null ? Ids.check("session id", sessionId) : null)
                .json(JsonSupport.gson().toJson(capabilities)).build();
    }

    @Override
    public ApiRequest searchItems(String userId, ItemSearch search) throws JellyfinApiException {
        ApiRequest.Builder b = get("/Items").query("userId", guid("user id", userId))
                .query("searchTerm", Ids.checkText("search text", search.terms())).query("recursive", true)
                .query("limit", search.limit());
        for (String type : search.itemTypes()) {
            b.query("includeItemTypes", Ids.checkName("item type", type));
        }
        return b.build();
    }

    protected ApiRequest.Builder get(String path) {
        return ApiRequest.builder(Method.GET, basePath() + path);
    }

    protected ApiRequest.Builder post(String path) {
        return ApiRequest.builder(Method.POST, basePath() + path);
    }

    protected ApiRequest.Builder delete(String path) {
        return ApiRequest.builder(Method.DELETE, basePath() + path);
    }

    /**
     * @return the checked id in the dashed GUID form when it is a GUID, else unchanged
     */
    protected static String guid(String what, String id) throws JellyfinApiException {
        return Guids.dashed(Ids.check(what, id));
    }

    protected static String session(String sessionId) throws JellyfinApiException {
        return Ids.encode(Ids.check("session id", sessionId));
    }

    /**
     * The by-item playback start as a session report body (12.0 has no by-item routes).
     */
    protected static String startInfoJson(ItemPlayback playback) throws JellyfinApiException {
        PlaybackStartInfo info = new PlaybackStartInfo(guid("item id", playback.itemId()));
        fill(info, playback);
        info.setCanSeek(true);
        return JsonSupport.gson().toJson(info);
    }

    protected static String progressInfoJson(ItemPlayback playback) throws JellyfinApiException {
        PlaybackProgressInfo info = new PlaybackProgressInfo(guid("item id", playback.itemId()));
        fill(info, playback);
        info.setIsPaused(playback.paused());
        return JsonSupport.gson().toJson(info);
    }

    protected static String stopInfoJson(ItemPlayback playback) throws JellyfinApiException {
        PlaybackStopInfo info = new PlaybackStopInfo(guid("item id", playback.itemId()));
        String source = playback.mediaSourceId();
        String playSession = playback.playSessionId();
        info.setMediaSourceId(source != null ? Ids.check("media source id", source) : null);
        info.setPlaySessionId(playSession != null ? Ids.check("play session id", playSession) : null);
        info.setPositionTicks(playback.positionTicks());
        return JsonSupport.gson().toJson(info);
    }

    private static void fill(PlaybackProgressInfo info, ItemPlayback playback) throws JellyfinApiException {
        String source = playback.mediaSourceId();
        String playSession = playback.playSessionId();
        info.setMediaSourceId(source != null ? Ids.check("media source id", source) : null);
        info.setPlaySessionId(playSession != null ? Ids.check("play session id", playSession) : null);
        info.setPositionTicks(playback.positionTicks());
    }

    @Override
    public String toString() {
        return name();
    }
}
