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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The connection state of a {@link SessionStream}, reported on changes only.
 *
 * @param state the state
 * @param reason why, in words a user understands (null for {@link State#LIVE} and {@link State#CONNECTING})
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record StreamStatus(State state, @Nullable String reason) {

    /** What the stream is doing. */
    public enum State {
        /** Opening the socket for the first time since {@code start()}. */
        CONNECTING,
        /** The socket is subscribed to session updates; pushes arrive. */
        LIVE,
        /** The server refused the subscription: session state is polled; the socket stays for other pushes. */
        POLLING,
        /** The connection was lost and is being re-established; short enough to keep the server online. */
        INTERRUPTED,
        /** No connection for longer than the offline threshold. */
        DOWN,
        /** The server rejected the credentials (HTTP 401/403): no further attempts until started again. */
        AUTH_REJECTED
    }

    /** @return true when session state is current (pushed or polled) */
    public boolean isConnected() {
        return state == State.LIVE || state == State.POLLING;
    }
}
