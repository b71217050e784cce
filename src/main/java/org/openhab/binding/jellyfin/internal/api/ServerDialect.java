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
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackProgressInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStartInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStopInfo;

/**
 * How one server family and version range speaks: base path, paths, parameter names, auth header form,
 * date format, which operations exist, the live WebSocket and who may subscribe to it. Dialects only
 * BUILD {@link ApiRequest}s (without auth headers: see {@link #authorize}); {@link JellyfinClient}
 * executes them. Pick one with {@link Dialects#forServer(ServerInfo)}.
 *
 * Every builder throws {@link JellyfinApiException} of kind INVALID_ARGUMENT for ids that are not plain
 * server ids, and OPERATION_UNSUPPORTED when the server version has no such operation.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public interface ServerDialect {

    /**
     * @return a short name for logs, e.g. "Jellyfin 10.9-10.11 (10.10.7)"
     */
    String name();

    ServerProduct product();

    ServerVersion version();

    /**
     * @return the path prefix of the REST API, "" for Jellyfin, "/emby" for Emby
     */
    String basePath();

    Set<ApiOperation> operations();

    default boolean supports(ApiOperation operation) {
        return operations().contains(operation);
    }

    /**
     * @return who may subscribe to the live session list on this server version
     */
    SubscriptionPolicy subscriptionPolicy();

    /**
     * @return the request with this server's authorization headers (identity only when credentials is null)
     */
    ApiRequest authorize(ApiRequest request, ClientIdentity identity, @Nullable Credentials credentials);

    /**
     * @param serverUri the server's http(s) URI as configured (may carry a base URL path)
     * @return the ws(s) URI and upgrade headers of the live stream
     */
    WebSocketTarget webSocket(URI serverUri, ClientIdentity identity, Credentials credentials);

    /**
     * @return the request's query value for a played date
     */
    String formatDate(Instant date);

    /**
     * @return the general commands this server knows (others are refused before sending)
     */
    Set<String> generalCommands();

    ApiRequest systemInfoPublic();

    /**
     * The login request; the client adds the identity-only authorization header.
     */
    ApiRequest authenticateByName(String username, String password);

    ApiRequest markPlayed(String userId, String itemId, @Nullable Instant datePlayed) throws JellyfinApiException;

    ApiRequest markUnplayed(String userId, String itemId) throws JellyfinApiException;

    ApiRequest onPlaybackStart(String userId, ItemPlayback playback) throws JellyfinApiException;

    ApiRequest onPlaybackProgress(String userId, ItemPlayback playback) throws JellyfinApiException;

    ApiRequest onPlaybackStopped(String userId, ItemPlayback playback) throws JellyfinApiException;

    ApiRequest pingSession(String playSessionId) throws JellyfinApiException;

    ApiRequest reportPlaybackStart(PlaybackStartInfo info) throws JellyfinApiException;

    ApiRequest reportPlaybackProgress(PlaybackProgressInfo info) throws JellyfinApiException;

    ApiRequest reportPlaybackStopped(PlaybackStopInfo info) throws JellyfinApiException;

    ApiRequest getSessions(SessionQuery query) throws JellyfinApiException;

    /**
     * @param seekPositionTicks the target position for SEEK, else null
     */
    ApiRequest playstate(String sessionId, PlaystateCommand command, @Nullable Long seekPositionTicks)
            throws JellyfinApiException;

    ApiRequest play(String sessionId, PlayCommand command, List<String> itemIds, @Nullable Long startPositionTicks)
            throws JellyfinApiException;

    ApiRequest generalCommand(String sessionId, GeneralCommand command) throws JellyfinApiException;

    ApiRequest sendMessage(String sessionId, String header, String text, @Nullable Long timeoutMs)
            throws JellyfinApiException;

    /**
     * @param sessionId the binding's own session id (Emby requires it; Jellyfin uses the caller's session)
     */
    ApiRequest postCapabilities(@Nullable String sessionId, ClientCapabilities capabilities)
            throws JellyfinApiException;

    ApiRequest getItem(String userId, String itemId) throws JellyfinApiException;

    ApiRequest searchItems(String userId, ItemSearch search) throws JellyfinApiException;

    /**
     * @return the user data of an item: a UserItemData answer when {@link #userDataFromItem()} is false,
     *         else a whole item whose UserData holds it
     */
    ApiRequest getUserData(String userId, String itemId) throws JellyfinApiException;

    boolean userDataFromItem();
}
