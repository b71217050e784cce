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
package org.openhab.binding.jellyfin.internal.handler;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.Credentials;
import org.openhab.binding.jellyfin.internal.api.HttpExecutor;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.ServerDialect;
import org.openhab.binding.jellyfin.internal.api.ServerInfo;
import org.openhab.binding.jellyfin.internal.api.ServerProbe;
import org.openhab.binding.jellyfin.internal.api.dto.AuthenticationResult;
import org.openhab.binding.jellyfin.internal.api.dto.UserDto;
import org.openhab.binding.jellyfin.internal.handler.LoginStore.StoredLogin;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.io.net.http.WebSocketFactory;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects one bridge to its server. Detects the server, picks its dialect and authenticates: with an API key, with
 * a login kept from an earlier start, or by logging in with the user name and password (which is then no longer
 * needed). Describes why a connection failed, for the bridge's status.
 * <p>
 * Keeps the bridge's Jetty clients, from openHAB's factories: the shared HTTP client, or one of its own when the user
 * turned certificate checks off for this bridge; one WebSocket client per connection. Stopping never blocks the
 * caller.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ServerConnector {

    private static final String CLIENT_VERSION = "5.2";
    /** The longest client name openHAB's HttpClientFactory and WebSocketFactory accept. */
    private static final int MAX_CONSUMER_NAME = 20;

    /** The status text of each kind of failure: a communication error or a configuration error. */
    private static final Map<Kind, String> FAILURE_KEYS = new EnumMap<>(Map.ofEntries(
            Map.entry(Kind.UNREACHABLE, "offline.comm-error.unreachable"),
            Map.entry(Kind.TIMEOUT, "offline.comm-error.timeout"),
            Map.entry(Kind.SERVER_ERROR, "offline.comm-error.server-error"),
            Map.entry(Kind.UNEXPECTED_RESPONSE, "offline.comm-error.unexpected-response"),
            Map.entry(Kind.NOT_FOUND, "offline.conf-error.not-a-server"),
            Map.entry(Kind.BAD_REQUEST, "offline.conf-error.refused"),
            Map.entry(Kind.UNAUTHORIZED, "offline.conf-error.token-rejected"),
            Map.entry(Kind.FORBIDDEN, "offline.conf-error.forbidden"),
            Map.entry(Kind.UNSUPPORTED_SERVER, "offline.conf-error.unsupported-server"),
            Map.entry(Kind.MISSING_USER_ID, "offline.conf-error.user-id-needed"),
            Map.entry(Kind.OPERATION_UNSUPPORTED, "offline.conf-error.refused"),
            Map.entry(Kind.INVALID_ARGUMENT, "offline.conf-error.refused")));

    private final Logger logger = LoggerFactory.getLogger(ServerConnector.class);
    private final HttpClientFactory httpClientFactory;
    private final WebSocketFactory webSocketFactory;
    private final Executor executor;
    private final ClientIdentity identity;
    private final LoginStore loginStore;
    private final String bridgeUid;
    /** The name of the bridge's Jetty clients. */
    private final String consumerName;
    private @Nullable HttpClient ownHttpClient;

    /**
     * @param executor where clients are stopped
     */
    public ServerConnector(HttpClientFactory httpClientFactory, WebSocketFactory webSocketFactory, Executor executor,
            LoginStore loginStore, ThingUID bridgeUid) {
        this.httpClientFactory = httpClientFactory;
        this.webSocketFactory = webSocketFactory;
        this.executor = executor;
        this.loginStore = loginStore;
        this.bridgeUid = bridgeUid.toString();
        this.consumerName = consumerName(bridgeUid);
        // a stable device id per bridge: the server ties the login token to it
        String deviceId = UUID.nameUUIDFromBytes(("openhab:" + this.bridgeUid).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        this.identity = new ClientIdentity(ClientIdentity.DEFAULT_CLIENT, "openHAB " + bridgeUid.getId(), deviceId,
                CLIENT_VERSION);
    }

    /**
     * The name of a bridge's Jetty clients: "jellyfin-" and the bridge id, cut to the 20 characters openHAB's client
     * factories accept (a discovered server's id alone has 32). Thing ids hold only characters they accept.
     */
    static String consumerName(ThingUID bridgeUid) {
        String id = bridgeUid.getId();
        return "jellyfin-" + id.substring(0, Math.min(id.length(), MAX_CONSUMER_NAME - "jellyfin-".length()));
    }

    /**
     * @param passwordNoLongerNeeded told when a login succeeded, so the password can be removed from the
     *            configuration
     * @return the connected server; null when the stored login was refused or is missing and there is no password to
     *         log in again with
     */
    public CompletableFuture<@Nullable ConnectedServer> connect(ServerConfiguration config,
            Runnable passwordNoLongerNeeded) {
        HttpExecutor http = new HttpExecutor(httpClient(config.verifyCertificate || !config.ssl), config.serverUri());
        return ServerProbe.detect(http).thenCompose(server -> {
            ServerDialect dialect;
            try {
                dialect = ServerDialect.forServer(server);
            } catch (JellyfinApiException e) {
                return CompletableFuture.failedFuture(e);
            }
            logger.debug("{} is {} {} ({})", http.serverUri(), server.product(), server.version(), dialect);
            JellyfinClient anonymous = new JellyfinClient(http, dialect, identity, null);
            if (!config.token.isBlank()) {
                return withApiKey(anonymous, server, config);
            }
            return withUser(anonymous, server, config, passwordNoLongerNeeded);
        });
    }

    private CompletableFuture<@Nullable ConnectedServer> withApiKey(JellyfinClient anonymous, ServerInfo server,
            ServerConfiguration config) {
        String userId = config.userId.trim();
        JellyfinClient client = anonymous
                .withCredentials(Credentials.apiKey(config.token.trim(), userId.isEmpty() ? null : userId));
        return verify(client).thenApply(ok -> new ConnectedServer(client, server, userId, true));
    }

    private CompletableFuture<@Nullable ConnectedServer> withUser(JellyfinClient anonymous, ServerInfo server,
            ServerConfiguration config, Runnable passwordNoLongerNeeded) {
        String userName = config.userName.trim();
        StoredLogin stored = loginStore.find(bridgeUid, server.id(), userName);
        if (stored == null) {
            return login(anonymous, server, userName, config.password, passwordNoLongerNeeded);
        }
        JellyfinClient client = anonymous.withCredentials(Credentials.userToken(stored.accessToken, stored.userId));
        ConnectedServer connected = new ConnectedServer(client, server, stored.userId, stored.administrator);
        return verify(client).<@Nullable ConnectedServer> thenApply(ok -> connected).exceptionallyCompose(failure -> {
            JellyfinApiException e = JellyfinApiException.unwrap(failure);
            if (e.getKind() != Kind.UNAUTHORIZED) {
                return CompletableFuture.failedFuture(e);
            }
            logger.debug("The server no longer accepts the stored login of {}; logging in again", userName);
            loginStore.forget(bridgeUid);
            return login(anonymous, server, userName, config.password, passwordNoLongerNeeded);
        });
    }

    private CompletableFuture<@Nullable ConnectedServer> login(JellyfinClient anonymous, ServerInfo server,
            String userName, String password, Runnable passwordNoLongerNeeded) {
        if (password.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return anonymous.login(userName, password).thenApply(result -> {
            StoredLogin login = toStoredLogin(server, userName, result);
            loginStore.save(bridgeUid, login);
            passwordNoLongerNeeded.run();
            JellyfinClient client = anonymous
                    .withCredentials(Credentials.userToken(login.accessToken, login.userId));
            return new ConnectedServer(client, server, login.userId, login.administrator);
        });
    }

    private static StoredLogin toStoredLogin(ServerInfo server, String userName, AuthenticationResult result) {
        if (result.getAccessToken().isBlank() || result.getUserId().isBlank()) {
            throw new CompletionException(new JellyfinApiException(Kind.UNEXPECTED_RESPONSE,
                    "The server accepted the login but sent no access token or user id."));
        }
        UserDto user = result.getUser();
        boolean administrator = user != null && user.isAdministrator();
        return new StoredLogin(server.id(), userName, result.getUserId(), result.getAccessToken(), administrator);
    }

    /**
     * @param verifyCertificates false only when the user turned certificate checks off for this bridge
     */
    private synchronized HttpClient httpClient(boolean verifyCertificates) {
        if (verifyCertificates) {
            return httpClientFactory.getCommonHttpClient();
        }
        HttpClient own = ownHttpClient;
        if (own == null) {
            own = httpClientFactory.createHttpClient(consumerName, new SslContextFactory.Client(true));
            try {
                own.start();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the HTTP client: " + e.getMessage(), e);
            }
            ownHttpClient = own;
        }
        return own;
    }

    /** A started WebSocket client for one connection; the caller stops it with {@link #stopLater}. */
    WebSocketClient startWebSocketClient(boolean verifyCertificates) throws Exception {
        WebSocketClient client = webSocketFactory.createWebSocketClient(consumerName,
                verifyCertificates ? null : new SslContextFactory.Client(true));
        client.start();
        return client;
    }

    void stopLater(LifeCycle client) {
        executor.execute(() -> {
            try {
                client.stop();
            } catch (Exception e) {
                logger.debug("Stopping a client of {} failed: {}", consumerName, e.getMessage());
            }
        });
    }

    /** Stops the bridge's own HTTP client, if it has one. */
    synchronized void close() {
        HttpClient own = ownHttpClient;
        ownHttpClient = null;
        if (own != null) {
            stopLater(own);
        }
    }

    /**
     * @return the translated status description of a failed connection, with the failure's own words as argument
     */
    static String failureText(Throwable failure) {
        JellyfinApiException e = JellyfinApiException.unwrap(failure);
        return text(failureKey(e), e.getMessage());
    }

    /**
     * @return true when the failed connection is worth trying again (a communication error), false when the user has
     *         to change the configuration first
     */
    static boolean worthRetrying(Throwable failure) {
        return failureKey(JellyfinApiException.unwrap(failure)).contains(".comm-error.");
    }

    private static String failureKey(JellyfinApiException e) {
        return FAILURE_KEYS.getOrDefault(e.getKind(), "offline.comm-error.unexpected-response");
    }

    /** A translated text with arguments, in the form openHAB expects: the key after "@text/", then ["a", "b"]. */
    static String text(String key, @Nullable String... arguments) {
        StringBuilder text = new StringBuilder("@text/").append(key).append(" [");
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            String arg = argument == null ? "" : argument.replace("\\", "\\\\").replace("\"", "\\\"");
            text.append(i == 0 ? "" : ", ").append('"').append(arg).append('"');
        }
        return text.append(']').toString();
    }

    /** An authenticated request that every user may make: proves the credentials before the bridge goes online. */
    private static CompletableFuture<@Nullable Void> verify(JellyfinClient client) {
        return client.getSessions(null, body -> null);
    }
}
