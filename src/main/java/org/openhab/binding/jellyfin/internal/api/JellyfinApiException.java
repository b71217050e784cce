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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A failed call to a Jellyfin or Emby server, with a kind the caller can act on and a message a user
 * understands. Messages never contain a token, password or API key.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class JellyfinApiException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * What went wrong, from the caller's point of view.
     */
    public enum Kind {
        /** The server could not be reached (connection refused, unknown host, network down). */
        UNREACHABLE,
        /** The server did not answer in time. */
        TIMEOUT,
        /** HTTP 401: the token or API key was rejected. */
        UNAUTHORIZED,
        /** HTTP 403: authenticated, but not allowed. */
        FORBIDDEN,
        /** HTTP 404: the item, session or route does not exist. */
        NOT_FOUND,
        /** HTTP 400 or another 4xx: the server refused the request. */
        BAD_REQUEST,
        /** HTTP 5xx. */
        SERVER_ERROR,
        /** The answer was not what the server should send (bad JSON, too big, wrong content). */
        UNEXPECTED_RESPONSE,
        /** A user-scoped call was made with an API key and no configured user id. */
        MISSING_USER_ID,
        /** The server is too old or not a Jellyfin/Emby server. */
        UNSUPPORTED_SERVER,
        /** The server version has no such operation. */
        OPERATION_UNSUPPORTED,
        /** An argument (id, name) was refused before anything was sent. */
        INVALID_ARGUMENT
    }

    private final Kind kind;
    private final int httpStatus;
    private final boolean answerLost;

    public JellyfinApiException(Kind kind, String message) {
        this(kind, message, 0, null);
    }

    public JellyfinApiException(Kind kind, String message, int httpStatus, @Nullable Throwable cause) {
        this(kind, message, httpStatus, cause, false);
    }

    /**
     * @param answerLost true when the request may have reached the server and no answer came back (see
     *            {@link #isAnswerLost()})
     */
    public JellyfinApiException(Kind kind, String message, int httpStatus, @Nullable Throwable cause,
            boolean answerLost) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.answerLost = answerLost;
    }

    /**
     * @return the JellyfinApiException behind a failed future's exception (CompletionException,
     *         ExecutionException), or an UNEXPECTED_RESPONSE one wrapping any other failure
     */
    public static JellyfinApiException unwrap(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof JellyfinApiException e) {
                return e;
            }
            t = t.getCause();
        }
        return new JellyfinApiException(Kind.UNEXPECTED_RESPONSE,
                "Unexpected failure: " + failure.getClass().getSimpleName(), 0, failure);
    }

    public Kind getKind() {
        return kind;
    }

    /**
     * @return the HTTP status the server answered with, or 0 when there was no HTTP answer
     */
    public int getHttpStatus() {
        return httpStatus;
    }

    /**
     * @return true when a connection to the server was made and no answer came back (the connection broke or timed
     *         out): the server may have carried the request out. False when no connection could be made (refused,
     *         unknown host, no route) or the server answered.
     */
    public boolean isAnswerLost() {
        return answerLost;
    }

    /**
     * @return true when retrying later may help (network trouble, timeouts, server errors)
     */
    public boolean isTransient() {
        return kind == Kind.UNREACHABLE || kind == Kind.TIMEOUT || kind == Kind.SERVER_ERROR;
    }
}
