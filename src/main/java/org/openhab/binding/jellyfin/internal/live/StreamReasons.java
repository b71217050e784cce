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
package org.openhab.binding.jellyfin.internal.live;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.MessageTooLargeException;
import org.eclipse.jetty.websocket.api.UpgradeException;
import org.openhab.binding.jellyfin.internal.api.ServerDialect;
import org.openhab.binding.jellyfin.internal.api.SubscriptionPolicy;

/**
 * The texts of the stream's status reasons, written for users: what happened and, where they can, what to do.
 * Failures are described from their type and status only: exception messages may carry the socket URI, and
 * Emby's carries the API key.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class StreamReasons {

    private static final int MAX_CLOSE_REASON = 80;
    private static final int MAX_CAUSES = 8;

    private StreamReasons() {
    }

    static String refusedByPolicy(ServerDialect dialect, boolean apiKey, Duration pollInterval) {
        SubscriptionPolicy policy = dialect.subscriptionPolicy();
        String who = apiKey ? "API keys" : "users who are not administrators";
        String fix;
        if (apiKey) {
            fix = "Log in with an administrator account, or update to Jellyfin 10.10.6 or later to keep the API key.";
        } else if (policy.apiKeys()) {
            fix = "Log in with an administrator account or use an API key, or update to Jellyfin 10.11 or later.";
        } else {
            fix = "Log in with an administrator account, or update to Jellyfin 10.11 or later.";
        }
        return dialect.name() + " sends no live session updates to " + who + ": polling every "
                + seconds(pollInterval) + " instead. " + fix;
    }

    static String refusedSilently(boolean apiKey, Duration pollInterval) {
        return "The server sends no live session updates to this " + (apiKey ? "API key" : "user")
                + ": polling every " + seconds(pollInterval)
                + " instead. Log in with an administrator account, or use Jellyfin 10.10.6 or later for API keys.";
    }

    static String interrupted(String detail) {
        return "Connection to the server lost (" + detail + "), reconnecting";
    }

    static String down(Duration threshold, String detail) {
        return "No connection to the server for more than " + seconds(threshold) + " (" + detail + ")";
    }

    static String authRejected(int httpStatus) {
        return "The server rejected the credentials" + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : "")
                + ": the token was revoked or the API key deleted. Log in again or configure a valid API key.";
    }

    static String closed(int statusCode, @Nullable String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() > MAX_CLOSE_REASON) {
            text = text.substring(0, MAX_CLOSE_REASON) + "...";
        }
        return "closed by the server, code " + statusCode + (text.isEmpty() ? "" : ": " + text);
    }

    static String silent(Duration watchdog) {
        return "no message from the server for " + seconds(watchdog);
    }

    /** @return a description of a connection failure that never contains the exception's message */
    static String describe(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof UpgradeException u && u.getResponseStatusCode() > 0) {
                return "the server refused the socket with HTTP " + u.getResponseStatusCode();
            }
            if (t instanceof MessageTooLargeException) {
                return "a message was larger than the limit";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to the host";
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return "timed out";
            }
            if (t instanceof EOFException || t instanceof ClosedChannelException) {
                return "connection closed";
            }
        }
        return failure.getClass().getSimpleName();
    }

    /**
     * @return the HTTP status of a refused upgrade, or 0
     */
    static int upgradeStatus(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof UpgradeException u) {
                return u.getResponseStatusCode();
            }
        }
        return 0;
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
