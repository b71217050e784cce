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
import org.eclipse.jdt.annotation.Nullable;

/**
 * A WebSocket message from the server, parsed by {@link MessageParser}: a session list, a user data change, or
 * {@link Other} for everything else, including messages that could not be parsed; the parser never throws.
 * The constants are the {@code MessageType} values the binding understands, by their wire name.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface LiveMessage permits LiveMessage.Sessions, UserDataChange, LibraryChange, LiveMessage.Other {

    /** The full session list (periodic or on change). */
    String SESSIONS = "Sessions";
    /** A user's played/favourite/resume data changed. */
    String USER_DATA_CHANGED = "UserDataChanged";
    /** Items were added to, updated in or removed from the library. */
    String LIBRARY_CHANGED = "LibraryChanged";
    /** The server is restarting: expect the socket to close and reconnect later. */
    String SERVER_RESTARTING = "ServerRestarting";
    /** The server is shutting down. */
    String SERVER_SHUTTING_DOWN = "ServerShuttingDown";
    /** The server asks for keep-alives; send one every {@code timeoutSeconds / 2}. */
    String FORCE_KEEP_ALIVE = "ForceKeepAlive";
    /** The server's echo of a keep-alive. */
    String KEEP_ALIVE = "KeepAlive";

    /**
     * The full session list (periodic or on change).
     *
     * @param sessions the sessions in the server's order
     */
    record Sessions(List<SessionState> sessions) implements LiveMessage {
    }

    /**
     * Any message but a session list or a user data change: a message without data the binding uses (such as
     * {@link #KEEP_ALIVE} or {@link #SERVER_RESTARTING}), a {@link #FORCE_KEEP_ALIVE} with its timeout, a
     * well-formed message of a type the binding ignores, or a message that could not be parsed.
     *
     * @param type the {@code MessageType} as written on the wire; empty when the message could not be parsed
     * @param timeoutSeconds the server's idle timeout of a {@link #FORCE_KEEP_ALIVE}, in seconds; 0 otherwise
     * @param failure why the message could not be parsed; null when it was parsed
     */
    record Other(String type, int timeoutSeconds, @Nullable LiveParseException failure) implements LiveMessage {
    }
}
