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
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;
import org.openhab.binding.jellyfin.internal.api.dto.JsonSupport;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackProgressInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStartInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStopInfo;

import com.google.gson.JsonObject;

/**
 * How one server family and version range speaks: base path, paths, parameter names, auth header form,
 * date format, the live WebSocket and who may subscribe to it. Dialects only
 * BUILD {@link ApiRequest}s (without auth headers: see {@link #authorize}); {@link JellyfinClient}
 * executes them. Pick one with {@link #forServer(ServerInfo)}. This class holds what every
 * dialect shares, including the checks every id passes before it becomes part of a request.
 *
 * Every builder throws {@link JellyfinApiException} of kind INVALID_ARGUMENT for ids that are not plain
 * server ids, and OPERATION_UNSUPPORTED for a general command the server does not know.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class ServerDialect {

    /** Server ids are GUIDs (with or without dashes), hex strings or Emby's numeric ids. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    private final ServerProduct product;
    private final ServerVersion version;
    private final String basePath;

    /**
     * @param basePath the path prefix of the REST API, "" for Jellyfin, "/emby" for Emby
     */
    protected ServerDialect(ServerProduct product, ServerVersion version, String basePath) {
        this.product = product;
        this.version = version;
        this.basePath = basePath;
    }

    /**
     * Picks the dialect for a detected server. Unknown newer Jellyfin versions get the newest dialect; a new
     * version range is a few lines of data in {@link JellyfinDialect}.
     *
     * @throws JellyfinApiException UNSUPPORTED_SERVER for Jellyfin older than 10.8
     */
    public static ServerDialect forServer(ServerInfo server) throws JellyfinApiException {
        ServerVersion v = server.version();
        if (server.product() == ServerProduct.EMBY) {
            return new EmbyDialect(v);
        }
        if (!v.isAtLeast(10, 8, 0)) {
            throw new JellyfinApiException(Kind.UNSUPPORTED_SERVER, "Jellyfin " + v
                    + " is too old: this binding needs Jellyfin 10.8.0 or newer. Please update the server.");
        }
        return new JellyfinDialect(v);
    }

    /**
     * @return a short name for logs, e.g. "Jellyfin 10.9-10.11 (10.10.7)"
     */
    public abstract String name();

    public ServerProduct product() {
        return product;
    }

    public ServerVersion version() {
        return version;
    }

    /**
     * @return the path prefix of the REST API, "" for Jellyfin, "/emby" for Emby
     */
    public String basePath() {
        return basePath;
    }

    /**
     * @param apiKey whether the connection authenticates with an API key
     * @param admin whether the logged-in user is an administrator (ignored for API keys)
     * @return whether this server version sends the live session list to such a connection (most let anyone)
     */
    public boolean allowsSubscription(boolean apiKey, boolean admin) {
        return true;
    }

    /**
     * Adds this server's authorization headers to the request (identity only when credentials is null).
     *
     * @return the request
     */
    public abstract ApiRequest authorize(ApiRequest request, ClientIdentity identity,
            @Nullable Credentials credentials);

    /**
     * @param serverUri the server's http(s) URI as configured (may carry a base URL path)
     * @return the ws(s) URI and upgrade headers of the live stream
     */
    public abstract WebSocketTarget webSocket(URI serverUri, ClientIdentity identity, Credentials credentials);

    /**
     * @return the request's query value for a played date
     */
    public abstract String formatDate(Instant date);

    /**
     * @return the general commands this server knows (others are refused before sending)
     */
    public abstract Set<String> generalCommands();

    public ApiRequest systemInfoPublic() {
        return request("GET", "/System/Info/Public");
    }

    /**
     * The login request; the client adds the identity-only authorization header.
     */
    public ApiRequest authenticateByName(String username, String password) {
        JsonObject body = new JsonObject();
        body.addProperty("Username", username);
        body.addProperty("Pw", password);
        return request("POST", "/Users/AuthenticateByName").json(body.toString()).sensitive();
    }

    public abstract ApiRequest markPlayed(String userId, String itemId, @Nullable Instant datePlayed)
            throws JellyfinApiException;

    public abstract ApiRequest markUnplayed(String userId, String itemId) throws JellyfinApiException;

    public abstract ApiRequest onPlaybackStart(String userId, ItemPlayback playback) throws JellyfinApiException;

    public abstract ApiRequest onPlaybackProgress(String userId, ItemPlayback playback) throws JellyfinApiException;

    public abstract ApiRequest onPlaybackStopped(String userId, ItemPlayback playback) throws JellyfinApiException;

    public abstract ApiRequest pingSession(String playSessionId) throws JellyfinApiException;

    public ApiRequest reportPlaybackStart(PlaybackStartInfo info) throws JellyfinApiException {
        return request("POST", "/Sessions/Playing").json(reportJson(info));
    }

    public ApiRequest reportPlaybackProgress(PlaybackProgressInfo info) throws JellyfinApiException {
        return request("POST", "/Sessions/Playing/Progress").json(reportJson(info));
    }

    public ApiRequest reportPlaybackStopped(PlaybackStopInfo info) throws JellyfinApiException {
        return request("POST", "/Sessions/Playing/Stopped").json(reportJson(info));
    }

    /**
     * @return a playback report as this server wants its JSON body
     */
    protected String reportJson(Object info) throws JellyfinApiException {
        return JsonSupport.gson().toJson(info);
    }

    /**
     * Lists the server's sessions; a null filter means "no filter". Each dialect passes only what its server
     * applies (Jellyfin 10.8 applies activeWithinSeconds only with controllableByUserId; Emby has no
     * activeWithinSeconds).
     */
    public abstract ApiRequest getSessions(@Nullable Integer activeWithinSeconds, @Nullable String controllableByUserId,
            @Nullable String deviceId) throws JellyfinApiException;

    /**
     * @param seekPositionTicks the target position for SEEK, else null
     */
    public abstract ApiRequest playstate(String sessionId, PlaystateCommand command, @Nullable Long seekPositionTicks)
            throws JellyfinApiException;

    public abstract ApiRequest play(String sessionId, PlayCommand command, List<String> itemIds,
            @Nullable Long startPositionTicks) throws JellyfinApiException;

    /**
     * Without arguments the command goes to {@code /Sessions/{id}/Command/{name}}, with arguments as a JSON
     * body to {@code /Sessions/{id}/Command}.
     */
    public ApiRequest generalCommand(String sessionId, GeneralCommand command) throws JellyfinApiException {
        String name = checkName("command name", command.name());
        if (!generalCommands().contains(name)) {
            throw new JellyfinApiException(Kind.OPERATION_UNSUPPORTED,
                    "The command " + name + " is not available on " + name());
        }
        String path = "/Sessions/" + checkId("session id", sessionId) + "/Command";
        if (command.arguments().isEmpty()) {
            return request("POST", path + "/" + name);
        }
        JsonObject body = new JsonObject();
        body.addProperty("Name", name);
        JsonObject args = new JsonObject();
        for (Map.Entry<String, String> e : command.arguments().entrySet()) {
            args.addProperty(checkName("argument name", e.getKey()), e.getValue());
        }
        body.add("Arguments", args);
        return request("POST", path).json(body.toString());
    }

    public abstract ApiRequest sendMessage(String sessionId, String header, String text, @Nullable Long timeoutMs)
            throws JellyfinApiException;

    /**
     * @param sessionId the binding's own session id (Emby requires it; Jellyfin uses the caller's session)
     */
    public abstract ApiRequest postCapabilities(@Nullable String sessionId, ClientCapabilities capabilities)
            throws JellyfinApiException;

    public abstract ApiRequest getItem(String userId, String itemId) throws JellyfinApiException;

    /**
     * A library search for play-by-terms.
     *
     * @param itemTypes e.g. "Audio", "Movie", "Episode"; empty for all
     * @param limit the maximum number of results
     */
    public abstract ApiRequest searchItems(String userId, String terms, List<String> itemTypes, int limit)
            throws JellyfinApiException;

    /**
     * Several items in one request, e.g. the items a library change names.
     *
     * @param itemIds at least one id
     */
    public abstract ApiRequest getItems(String userId, List<String> itemIds) throws JellyfinApiException;

    /**
     * The primary image of an item, scaled down by the server to at most {@code maxWidth} pixels wide (keeping its
     * aspect ratio; never scaled up).
     *
     * @param tag the image's tag as the server named it (it tells image versions apart), or null
     */
    public abstract ApiRequest primaryImage(String itemId, @Nullable String tag, int maxWidth)
            throws JellyfinApiException;

    /**
     * @return the user data of an item: a UserItemData answer when {@link #userDataFromItem()} is false,
     *         else a whole item whose UserData holds it
     */
    public abstract ApiRequest getUserData(String userId, String itemId) throws JellyfinApiException;

    public abstract boolean userDataFromItem();

    /**
     * @param path the path below the base path
     */
    protected ApiRequest request(String method, String path) {
        return new ApiRequest(method, basePath + path);
    }

    /**
     * @param serverUri e.g. {@code https://media.example:8920/jellyfin}
     * @param path the path below the server URI, e.g. {@code /socket}
     * @param encodedQuery an encoded query without '?', or ""
     * @return the ws(s) URI of the live stream
     */
    protected static URI webSocketUri(URI serverUri, String path, String encodedQuery) {
        String scheme = "https".equalsIgnoreCase(serverUri.getScheme()) ? "wss" : "ws";
        String base = serverUri.getRawPath() == null ? "" : serverUri.getRawPath();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String query = encodedQuery.isEmpty() ? "" : "?" + encodedQuery;
        return URI.create(scheme + "://" + serverUri.getRawAuthority() + base + path + query);
    }

    /**
     * Refuses anything that is not a plain server id (slashes, dots, quotes, control characters), so that
     * an id can never reach another endpoint.
     *
     * @param what a word for the message ("item id", "session id")
     * @return the id, unchanged, when it is made of letters, digits, dashes and underscores only
     * @throws JellyfinApiException of kind INVALID_ARGUMENT otherwise
     */
    static String checkId(String what, String id) throws JellyfinApiException {
        if (!ID.matcher(id).matches()) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT,
                    "The " + what + " is not a valid server id (letters, digits and dashes only)");
        }
        return id;
    }

    /**
     * @throws JellyfinApiException INVALID_ARGUMENT when the list is empty
     */
    static List<String> checkNotEmpty(List<String> itemIds) throws JellyfinApiException {
        if (itemIds.isEmpty()) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "No item ids were given");
        }
        return itemIds;
    }

    /**
     * @return the optional id, checked with {@link #checkId}, or null
     */
    static @Nullable String checkOptionalId(String what, @Nullable String id) throws JellyfinApiException {
        return id != null ? checkId(what, id) : null;
    }

    /**
     * @return the command or type name, unchanged, when it is a plain word (e.g. "SetVolume")
     */
    static String checkName(String what, String name) throws JellyfinApiException {
        if (!NAME.matcher(name).matches()) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "The " + what + " is not a valid name");
        }
        return name;
    }

    /**
     * Refuses control characters (CR, LF, NUL...) in free text that goes into a query or header.
     */
    static String checkText(String what, String text) throws JellyfinApiException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "The " + what + " contains control characters");
            }
        }
        return text;
    }

    @Override
    public String toString() {
        return name();
    }
}
