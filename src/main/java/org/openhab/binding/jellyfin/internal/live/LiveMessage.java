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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A WebSocket message from the server, parsed by {@link MessageParser}. Unknown message types become
 * {@link Ignored}, unparseable input {@link Failed}; the parser never throws.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface LiveMessage {

    /**
     * The full session list (periodic or on change).
     *
     * @param sessions the sessions in the server's order
     */
    record Sessions(List<SessionState> sessions) implements LiveMessage {
    }

    /**
     * A user's played/favourite/resume data changed.
     *
     * @param change the user and the changed items
     */
    record UserDataChanged(UserDataChange change) implements LiveMessage {
    }

    /** The server is restarting: expect the socket to close and reconnect later. */
    record ServerRestarting() implements LiveMessage {
    }

    /** The server is shutting down. */
    record ServerShuttingDown() implements LiveMessage {
    }

    /**
     * The server asks for keep-alives; send one every {@code timeoutSeconds / 2}.
     *
     * @param timeoutSeconds the server's idle timeout in seconds
     */
    record ForceKeepAlive(int timeoutSeconds) implements LiveMessage {
    }

    /** The server's echo of a keep-alive. */
    record KeepAlive() implements LiveMessage {
    }

    /**
     * A well-formed message of a type the binding does not use.
     *
     * @param messageType the type as written on the wire
     */
    record Ignored(String messageType) implements LiveMessage {
    }

    /**
     * The message could not be parsed.
     *
     * @param failure why
     */
    record Failed(ParseFailure failure) implements LiveMessage {
    }
}
