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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The connection state of a {@link SessionStream}, reported on changes only, with a reason in words a user
 * understands (none for {@link State#LIVE} and {@link State#CONNECTING}). Immutable.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StreamStatus {

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

    private final State state;
    private final String reason; // "" for none

    public StreamStatus(State state, @Nullable String reason) {
        this.state = state;
        this.reason = reason != null ? reason : "";
    }

    public State state() {
        return state;
    }

    /** @return why, or null when there is nothing to explain */
    public @Nullable String reason() {
        return reason.isEmpty() ? null : reason;
    }

    /** @return true when session state is current (pushed or polled) */
    public boolean isConnected() {
        return state == State.LIVE || state == State.POLLING;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StreamStatus s && s.state == state && s.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, reason);
    }

    @Override
    public String toString() {
        return reason.isEmpty() ? state.name() : state + ": " + reason;
    }
}
