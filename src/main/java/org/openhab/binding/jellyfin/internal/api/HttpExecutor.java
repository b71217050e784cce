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

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.client.util.BufferingResponseListener;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s to one server over a Jetty {@link HttpClient} handed in by the caller:
 * asynchronous, with a per-request timeout and a cap on the answer's size (enforced while the answer is read).
 * HTTP failures become a {@link JellyfinApiException}; log lines show only the redacted target, never headers or
 * secrets.
 * Completion runs on a Jetty thread: callers must not block in their continuations.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class HttpExecutor {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private final Logger logger = LoggerFactory.getLogger(HttpExecutor.class);
    private final HttpClient httpClient;
    private final String serverRoot;
    private final URI serverUri;
    private final Duration timeout;
    private final int maxResponseBytes;

    public HttpExecutor(HttpClient httpClient, URI serverUri) {
        this(httpClient, serverUri, DEFAULT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /**
     * @param serverUri the server's http(s) URI, possibly with a base URL path (e.g. {@code http://nas:8096/jellyfin})
     */
    public HttpExecutor(HttpClient httpClient, URI serverUri, Duration timeout, int maxResponseBytes) {
        this.httpClient = httpClient;
        this.serverUri = serverUri;
        String root = serverUri.toString();
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        this.serverRoot = root;
        this.timeout = timeout;
        this.maxResponseBytes = maxResponseBytes;
    }

    public URI serverUri() {
        return serverUri;
    }

    /**
     * @return a future of the answer's body ("" when empty), failed with a {@link JellyfinApiException}
     */
    public CompletableFuture<String> execute(ApiRequest request) {
        return send(request, maxResponseBytes, true, HttpExecutor::text);
    }

    /**
     * Sends a request whose answer is binary (an image). The size cap is enforced while the answer is read: Jetty
     * aborts the exchange as soon as the announced length or the bytes received exceed it.
     *
     * @param maxBytes the largest answer accepted
     * @return a future of the answer, failed with a {@link JellyfinApiException} (UNEXPECTED_RESPONSE when larger)
     */
    public CompletableFuture<Answer> fetch(ApiRequest request, int maxBytes) {
        return send(request, maxBytes, false, answer -> new Answer(answer.getContent(), answer.getMediaType()));
    }

    /**
     * A successful answer.
     *
     * @param content the body, empty when there is none
     * @param mediaType the media type of the body without parameters (e.g. {@code image/jpeg}), or null when the
     *            server named none
     */
    public record Answer(byte[] content, @Nullable String mediaType) {
    }

    /** @return the body decoded straight from Jetty's buffer ("" when there is none: Jetty gives null then) */
    private static String text(BufferingResponseListener answer) {
        @Nullable
        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        return body != null ? body : "";
    }

    /**
     * @param text whether the answer is text (shown in the trace log unless the request is sensitive)
     * @param read takes the body out of the buffered answer, once, and only for a successful one
     */
    private <T> CompletableFuture<T> send(ApiRequest request, int maxBytes, boolean text,
            Function<BufferingResponseListener, T> read) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Request http;
        try {
            // never follow redirects: Jetty would forward the Emby token header (and the request) to any host
            http = httpClient.newRequest(serverRoot + request.target()).method(request.method())
                    .followRedirects(false).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IllegalArgumentException e) {
            future.completeExceptionally(new JellyfinApiException(Kind.INVALID_ARGUMENT,
                    "The server address or request path is not valid: " + request.redactedTarget()));
            return future;
        }
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            http.header(h.getKey(), h.getValue());
        }
        String body = request.jsonBody();
        if (body != null) {
            http.content(new StringContentProvider("application/json", body, StandardCharsets.UTF_8));
        }
        logger.trace("Sending {}", request);
        http.send(new BufferingResponseListener(maxBytes) {
            @Override
            public void onComplete(@Nullable Result result) {
                if (result == null) {
                    future.completeExceptionally(
                            new JellyfinApiException(Kind.UNEXPECTED_RESPONSE, "The server sent no answer"));
                    return;
                }
                complete(request, result, this, read, text, maxBytes, future);
            }
        });
        return future;
    }

    private <T> void complete(ApiRequest request, Result result, BufferingResponseListener answer,
            Function<BufferingResponseListener, T> read, boolean text, int maxBytes, CompletableFuture<T> future) {
        Throwable failure = result.getFailure();
        int failedStatus = result.getResponse() != null ? result.getResponse().getStatus() : 0;
        if (failure != null && failedStatus >= 400) {
            // Jetty fails a 401 without a WWW-Authenticate challenge (as Jellyfin sends it): the status still counts
            logger.debug("{} failed with HTTP {}", request, failedStatus);
            future.completeExceptionally(mapStatus(request, failedStatus));
            return;
        }
        if (failure != null) {
            JellyfinApiException e = mapFailure(request, failure, maxBytes, !neverConnected(failure));
            logger.debug("{} failed: {}", request, e.getMessage());
            future.completeExceptionally(e);
            return;
        }
        int status = result.getResponse().getStatus();
        if (logger.isTraceEnabled()) {
            byte[] content = answer.getContent();
            String shown = text && !request.isSensitive() ? ": " + new String(content, StandardCharsets.UTF_8) : "";
            logger.trace("Answer {} to {} ({} bytes){}", status, request, content.length, shown);
        }
        if (status >= 200 && status < 300) {
            future.complete(read.apply(answer));
        } else {
            future.completeExceptionally(mapStatus(request, status));
        }
    }

    private JellyfinApiException mapFailure(ApiRequest request, Throwable failure, int maxBytes, boolean sent) {
        String target = request.redactedTarget();
        if (failure instanceof TimeoutException) {
            return new JellyfinApiException(Kind.TIMEOUT,
                    "The server did not answer within " + describe(timeout) + " (" + target + ")", 0, null, sent);
        }
        if (failure instanceof IllegalArgumentException) {
            // BufferingResponseListener aborts with it when the answer exceeds its capacity
            return new JellyfinApiException(Kind.UNEXPECTED_RESPONSE,
                    "The server's answer is larger than " + describeSize(maxBytes) + " (" + target + ")", 0, null);
        }
        String reason = failure.getClass().getSimpleName();
        return new JellyfinApiException(Kind.UNREACHABLE,
                "The server at " + redactedRoot() + " cannot be reached (" + reason + ")", 0, null, sent);
    }

    /**
     * Whether the failure shows that no connection to the server was made, so the request cannot have reached it.
     * Any later failure may come after the server got the request, also one Jetty reports while still sending: the
     * server may answer (or break the connection) before the client has noted that its request went out.
     */
    private static boolean neverConnected(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    static JellyfinApiException mapStatus(ApiRequest request, int status) {
        String target = request.method() + " " + request.redactedTarget();
        return switch (status) {
            case 401 -> new JellyfinApiException(Kind.UNAUTHORIZED,
                    "The server rejected the credentials (HTTP 401): check the API key, or the user name and password",
                    status, null);
            case 403 -> new JellyfinApiException(Kind.FORBIDDEN,
                    "The server refused this action for this user (HTTP 403): " + target, status, null);
            case 404 -> new JellyfinApiException(Kind.NOT_FOUND,
                    "The server does not know this item, session or route (HTTP 404): " + target, status, null);
            default -> status >= 300 && status < 400
                    ? new JellyfinApiException(Kind.BAD_REQUEST, "The server redirects to another address (HTTP "
                            + status + "), which is not followed: configure that address instead", status, null)
                    : status >= 500
                    ? new JellyfinApiException(Kind.SERVER_ERROR,
                            "The server failed to handle the request (HTTP " + status + "): " + target, status, null)
                    : new JellyfinApiException(Kind.BAD_REQUEST,
                            "The server refused the request (HTTP " + status + "): " + target, status, null);
        };
    }

    private static String describeSize(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static String describe(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    private String redactedRoot() {
        String port = serverUri.getPort() > 0 ? ":" + serverUri.getPort() : "";
        return serverUri.getScheme() + "://" + serverUri.getHost() + port;
    }
}
