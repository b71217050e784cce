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
        try {
            return call(dialect.markPlayed(user(userId), itemId, datePlayed), UserItemData.class);
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<UserItemData> markUnplayed(@Nullable String userId, String itemId) {
        try {
            return call(dialect.markUnplayed(user(userId), itemId), UserItemData.class);
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> onPlaybackStart(@Nullable String userId, ItemPlayback playback) {
        try {
            return run(dialect.onPlaybackStart(user(userId), playback));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> onPlaybackProgress(@Nullable String userId, ItemPlayback playback) {
        try {
            return run(dialect.onPlaybackProgress(user(userId), playback));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> onPlaybackStopped(@Nullable String userId, ItemPlayback playback) {
        try {
            return run(dialect.onPlaybackStopped(user(userId), playback));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> pingSession(String playSessionId) {
        try {
            return run(dialect.pingSession(playSessionId));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> reportPlaybackStart(PlaybackStartInfo info) {
        try {
            return run(dialect.reportPlaybackStart(info));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> reportPlaybackProgress(PlaybackProgressInfo info) {
        try {
            return run(dialect.reportPlaybackProgress(info));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> reportPlaybackStopped(PlaybackStopInfo info) {
        try {
            return run(dialect.reportPlaybackStopped(info));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param parser turns the raw JSON array into the caller's model; its exceptions fail the future
     *            with UNEXPECTED_RESPONSE
     */
    public <T> CompletableFuture<T> getSessions(SessionQuery query, Function<String, T> parser) {
        CompletableFuture<String> body;
        try {
            body = send(dialect.getSessions(query));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
        return body.thenCompose(raw -> {
            try {
                return CompletableFuture.completedFuture(parser.apply(raw));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(unexpected(e));
            }
        });
    }

    public CompletableFuture<List<SessionInfo>> getSessions(SessionQuery query) {
        try {
            return call(dialect.getSessions(query), SessionInfo[].class).thenApply(Arrays::asList);
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> playstate(String sessionId, PlaystateCommand command,
            @Nullable Long seekPositionTicks) {
        try {
            return run(dialect.playstate(sessionId, command, seekPositionTicks));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> play(String sessionId, PlayCommand command, List<String> itemIds,
            @Nullable Long startPositionTicks) {
        try {
            return run(dialect.play(sessionId, command, itemIds, startPositionTicks));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> generalCommand(String sessionId, GeneralCommand command) {
        try {
            return run(dialect.generalCommand(sessionId, command));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<@Nullable Void> sendMessage(String sessionId, String header, String text,
            @Nullable Long timeoutMs) {
        try {
            return run(dialect.sendMessage(sessionId, header, text, timeoutMs));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param ownSessionId the binding's own session id (from the login result); required by Emby
     */
    public CompletableFuture<@Nullable Void> postCapabilities(@Nullable String ownSessionId,
            ClientCapabilities capabilities) {
        try {
            return run(dialect.postCapabilities(ownSessionId, capabilities));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<BaseItem> getItem(@Nullable String userId, String itemId) {
        try {
            return call(dialect.getItem(user(userId), itemId), BaseItem.class);
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<List<BaseItem>> searchItems(@Nullable String userId, ItemSearch search) {
        try {
            return call(dialect.searchItems(user(userId), search), ItemsResult.class).thenApply(ItemsResult::getItems);
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public CompletableFuture<UserItemData> getUserData(@Nullable String userId, String itemId) {
        try {
            ApiRequest request = dialect.getUserData(user(userId), itemId);
            if (!dialect.userDataFromItem()) {
                return call(request, UserItemData.class);
            }
            return call(request, BaseItem.class).thenApply(item -> {
                UserItemData data = item.getUserData();
                return data != null ? data : new UserItemData();
            });
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Sends a request the dialect built, authorized.
     *
     * @throws JellyfinApiException UNAUTHORIZED when the client has no credentials yet
     */
    private CompletableFuture<String> send(ApiRequest request) throws JellyfinApiException {
        return http.execute(dialect.authorize(request, identity, requireCredentials()));
    }

    private <T> CompletableFuture<T> call(ApiRequest request, Class<T> type) throws JellyfinApiException {
        return send(request).thenCompose(body -> parse(body, type));
    }

    private CompletableFuture<@Nullable Void> run(ApiRequest request) throws JellyfinApiException {
        return send(request).thenApply(body -> null);
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
