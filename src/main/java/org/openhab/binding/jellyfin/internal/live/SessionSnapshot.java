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

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * All sessions of one server at one moment, keyed by session id, with the local time the list was
 * received. Immutable; when a list holds a session id twice the later entry wins.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SessionSnapshot {

    /** No sessions, received at the epoch: the previous snapshot before the first list arrives. */
    public static final SessionSnapshot EMPTY = new SessionSnapshot(Map.of(), Instant.EPOCH);

    private final Map<String, SessionState> sessions;
    private final Instant receivedAt;

    private SessionSnapshot(Map<String, SessionState> sessions, Instant receivedAt) {
        this.sessions = sessions;
        this.receivedAt = receivedAt;
    }

    /**
     * @param sessions a parsed session list
     * @param receivedAt when it was received (local clock)
     */
    public static SessionSnapshot of(List<SessionState> sessions, Instant receivedAt) {
        Map<String, SessionState> byId = new LinkedHashMap<>(Math.max(4, sessions.size() * 4 / 3 + 1));
        for (SessionState session : sessions) {
            byId.put(session.id(), session);
        }
        return new SessionSnapshot(Collections.unmodifiableMap(byId), receivedAt);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** @return the session with this (normalised) id, or null */
    public @Nullable SessionState get(String sessionId) {
        return sessions.get(sessionId);
    }

    /** @return the sessions in the server's order */
    public Collection<SessionState> sessions() {
        return sessions.values();
    }

    public int size() {
        return sessions.size();
    }

    @Override
    public String toString() {
        return "SessionSnapshot[" + sessions.size() + " sessions at " + receivedAt + "]";
    }
}
