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

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.dto.AuthenticationResult;
import org.openhab.binding.jellyfin.internal.api.dto.BaseItem;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;
import org.openhab.binding.jellyfin.internal.api.dto.ItemsResult;
import org.openhab.binding.jellyfin.internal.api.dto.JsonSupport;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackProgressInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStartInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStopInfo;
import org.openhab.binding.jellyfin.internal.api.dto.SessionInfo;
import org.openhab.binding.jellyfin.internal.api.dto.UserItemData;

import com.google.gson.JsonParseException;

/**
 * The binding's client of one Jellyfin or Emby server: every operation is built by the server's
 * {@link ServerDialect}, authorized with the client identity and credentials, and executed
 * asynchronously by the {@link HttpExecutor}. Futures fail with a {@link JellyfinApiException} (use
 * {@link JellyfinApiException#unwrap(Throwable)}); nothing here blocks. Instances are immutable:
 * {@link #withCredentials(Credentials)} gives a client with other credentials.
 *
 * User-scoped operations take an explicit user id, or null to use the credentials' user; with an API key
 * and no user id they fail with MISSING_USER_ID before anything is sent.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class JellyfinClient {

    private final HttpExecutor http;
    private final ServerDialect dialect;
    private final ClientIdentity identity;
    private final @Nullable Credentials credentials;

    public JellyfinClient(HttpExecutor http, ServerDialect dialect, ClientIdentity identity,
            @Nullable Credentials credentials) {
        this.http = http;
        this.dialect = dialect;
        this.identity = identity;
        this.credentials = credentials;
    }

    public JellyfinClient withCredentials(Credentials newCredentials) {
        return new JellyfinClient(http, dialect, identity, newCredentials);
    }

    /**
     * @return a client that presents itself with another identity (its own device in the server's dashboard)
     *         over the same server connection and credentials
     */
    public JellyfinClient withIdentity(ClientIdentity newIdentity) {
        return new JellyfinClient(http, dialect, newIdentity, credentials);
    }

    public ServerDialect dialect() {
        return dialect;
    }

    public ClientIdentity identity() {
        return identity;
    }

    public @Nullable Credentials credentials() {
        return credentials;
    }

    /**
     * @return the live stream's ws(s) URI and upgrade headers
     * @throws JellyfinApiException UNAUTHORIZED when the client has no credentials yet
     */
    public WebSocketTarget webSocketTarget() throws JellyfinApiException {
        return dialect.webSocket(http.serverUri(), identity, requireCredentials());
    }

    /**
     * Logs in; use {@code withCredentials(Credentials.userToken(r.getAccessToken(), r.getUserId()))} after.
     */
    public CompletableFuture<AuthenticationResult> login(String username, String password) {
        ApiRequest request = dialect.authorize(dialect.authenticateByName(username, password), identity, null);
        return http.execute(request).exceptionallyCompose(failure -> {
            JellyfinApiException e = JellyfinApiException.unwrap(failure);
            return CompletableFuture.failedFuture(e.getKind() == Kind.UNAUTHORIZED
                    ? new JellyfinApiException(Kind.UNAUTHORIZED, "The server refused the user name or password",
                            e.getHttpStatus(), null)
                    : e);
        }).thenCompose(body -> parse(body, AuthenticationResult.class)).thenCompose(result -> {
            if (result.getAccessToken().isEmpty() || result.getUserId().isEmpty()) {
                return CompletableFuture.failedFuture(new JellyfinApiException(Kind.UNEXPECTED_RESPONSE,
                        "The server accepted the login but sent no access token"));
            }
            return CompletableFuture.completedFuture(result);
        });
    }

    public CompletableFuture<UserItemData> markPlayed(@Nullable String userId, String itemId,
            @Nullable Instant datePlayed) {
        return call(() -> dialect.markPlayed(user(userId), itemId, datePlayed), UserItemData.class);
    }

    public CompletableFuture<UserItemData> markUnplayed(@Nullable String userId, String itemId) {
        return call(() -> dialect.markUnplayed(user(userId), itemId), UserItemData.class);
    }

    public CompletableFuture<@Nullable Void> onPlaybackStart(@Nullable String userId, ItemPlayback playback) {
        return run(() -> dialect.onPlaybackStart(user(userId), playback));
    }

    public CompletableFuture<@Nullable Void> onPlaybackProgress(@Nullable String userId, ItemPlayback playback) {
        return run(() -> dialect.onPlaybackProgress(user(userId), playback));
    }

    public CompletableFuture<@Nullable Void> onPlaybackStopped(@Nullable String userId, ItemPlayback playback) {
        return run(() -> dialect.onPlaybackStopped(user(userId), playback));
    }

    public CompletableFuture<@Nullable Void> pingSession(String playSessionId) {
        return run(() -> dialect.pingSession(playSessionId));
    }

    public CompletableFuture<@Nullable Void> reportPlaybackStart(PlaybackStartInfo info) {
        return run(() -> dialect.reportPlaybackStart(info));
    }

    public CompletableFuture<@Nullable Void> reportPlaybackProgress(PlaybackProgressInfo info) {
        return run(() -> dialect.reportPlaybackProgress(info));
    }

    public CompletableFuture<@Nullable Void> reportPlaybackStopped(PlaybackStopInfo info) {
        return run(() -> dialect.reportPlaybackStopped(info));
    }

    /**
     * @param deviceId the device whose sessions are wanted, or null for all sessions
     * @param parser turns the raw JSON array into the caller's model; its exceptions fail the future
     *            with UNEXPECTED_RESPONSE
     */
    public <T> CompletableFuture<T> getSessions(@Nullable String deviceId, Function<String, T> parser) {
        return send(() -> dialect.getSessions(null, null, deviceId)).thenCompose(raw -> {
            try {
                return CompletableFuture.completedFuture(parser.apply(raw));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(unexpected(e));
            }
        });
    }

    /**
     * @param deviceId the device whose sessions are wanted, or null for all sessions
     */
    public CompletableFuture<List<SessionInfo>> getSessions(@Nullable String deviceId) {
        return call(() -> dialect.getSessions(null, null, deviceId), SessionInfo[].class).thenApply(Arrays::asList);
    }

    public CompletableFuture<@Nullable Void> playstate(String sessionId, PlaystateCommand command,
            @Nullable Long seekPositionTicks) {
        return run(() -> dialect.playstate(sessionId, command, seekPositionTicks));
    }

    public CompletableFuture<@Nullable Void> play(String sessionId, PlayCommand command, List<String> itemIds,
            @Nullable Long startPositionTicks) {
        return run(() -> dialect.play(sessionId, command, itemIds, startPositionTicks));
    }

    public CompletableFuture<@Nullable Void> generalCommand(String sessionId, GeneralCommand command) {
        return run(() -> dialect.generalCommand(sessionId, command));
    }

    public CompletableFuture<@Nullable Void> sendMessage(String sessionId, String header, String text,
            @Nullable Long timeoutMs) {
        return run(() -> dialect.sendMessage(sessionId, header, text, timeoutMs));
    }

    /**
     * @param ownSessionId the binding's own session id (from the login result); required by Emby
     */
    public CompletableFuture<@Nullable Void> postCapabilities(@Nullable String ownSessionId,
            ClientCapabilities capabilities) {
        return run(() -> dialect.postCapabilities(ownSessionId, capabilities));
    }

    public CompletableFuture<BaseItem> getItem(@Nullable String userId, String itemId) {
        return call(() -> dialect.getItem(user(userId), itemId), BaseItem.class);
    }

    /**
     * Searches the library.
     *
     * @param itemTypes e.g. "Audio", "Movie", "Episode"; empty for all
     * @param limit the maximum number of results, 1 to 500 (clamped)
     */
    public CompletableFuture<List<BaseItem>> searchItems(@Nullable String userId, String terms, List<String> itemTypes,
            int limit) {
        int clamped = Math.max(1, Math.min(limit, 500));
        return call(() -> dialect.searchItems(user(userId), terms, itemTypes, clamped), ItemsResult.class)
                .thenApply(ItemsResult::getItems);
    }

    /**
     * Several items in one request.
     *
     * @param itemIds at least one id
     */
    public CompletableFuture<List<BaseItem>> getItems(@Nullable String userId, List<String> itemIds) {
        return call(() -> dialect.getItems(user(userId), itemIds), ItemsResult.class).thenApply(ItemsResult::getItems);
    }

    /**
     * The primary image of an item, scaled down by the server, read with the client's credentials.
     *
     * @param tag the image's tag, or null
     * @param maxWidth the largest width the server should send
     * @param maxBytes the largest image accepted; a larger one fails the future while it is read
     * @return the image; failed with UNEXPECTED_RESPONSE when the answer is empty, not an image or too large
     */
    public CompletableFuture<ItemImage> getPrimaryImage(String itemId, @Nullable String tag, int maxWidth,
            int maxBytes) {
        ApiRequest request;
        try {
            request = authorized(() -> dialect.primaryImage(itemId, tag, maxWidth));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.fetch(request, maxBytes).thenCompose(answer -> {
            String type = answer.mediaType();
            if (answer.content().length == 0 || type == null || !type.startsWith("image/")) {
                return CompletableFuture.failedFuture(new JellyfinApiException(Kind.UNEXPECTED_RESPONSE,
                        "The server sent no image (" + (type == null ? "no content type" : type) + ")"));
            }
            return CompletableFuture.completedFuture(new ItemImage(answer.content(), type));
        });
    }

    public CompletableFuture<UserItemData> getUserData(@Nullable String userId, String itemId) {
        Callable<ApiRequest> request = () -> dialect.getUserData(user(userId), itemId);
        if (!dialect.userDataFromItem()) {
            return call(request, UserItemData.class);
        }
        return call(request, BaseItem.class).thenApply(item -> {
            UserItemData data = item.getUserData();
            return data != null ? data : new UserItemData();
        });
    }

    /**
     * Builds one request with the dialect and sends it authorized. A refused argument (the dialect's
     * {@link JellyfinApiException}) or missing credentials fail the returned future; nothing is thrown.
     */
    private CompletableFuture<String> send(Callable<ApiRequest> builder) {
        try {
            return http.execute(authorized(builder));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private ApiRequest authorized(Callable<ApiRequest> builder) throws JellyfinApiException {
        try {
            Credentials c = requireCredentials();
            return dialect.authorize(builder.call(), identity, c);
        } catch (Exception e) {
            throw JellyfinApiException.unwrap(e);
        }
    }

    private <T> CompletableFuture<T> call(Callable<ApiRequest> builder, Class<T> type) {
        return send(builder).thenCompose(body -> parse(body, type));
    }

    private CompletableFuture<@Nullable Void> run(Callable<ApiRequest> builder) {
        return send(builder).thenApply(body -> null);
    }

    private String user(@Nullable String explicitUserId) throws JellyfinApiException {
        return requireCredentials().requireUserId(explicitUserId);
    }

    private Credentials requireCredentials() throws JellyfinApiException {
        Credentials c = credentials;
        if (c == null) {
            throw new JellyfinApiException(Kind.UNAUTHORIZED, "Not logged in: configure an API key or a user login");
        }
        return c;
    }

    private static <T> CompletableFuture<T> parse(String body, Class<T> type) {
        try {
            T value = body.isBlank() ? null : JsonSupport.gson().fromJson(body, type);
            if (value == null) {
                return CompletableFuture.failedFuture(
                        new JellyfinApiException(Kind.UNEXPECTED_RESPONSE, "The server sent an empty answer"));
            }
            return CompletableFuture.completedFuture(value);
        } catch (JsonParseException | IllegalStateException e) {
            return CompletableFuture.failedFuture(unexpected(e));
        }
    }

    private static JellyfinApiException unexpected(RuntimeException e) {
        return new JellyfinApiException(Kind.UNEXPECTED_RESPONSE,
                "The server's answer could not be read (" + e.getClass().getSimpleName() + ")", 0, e);
    }
}
