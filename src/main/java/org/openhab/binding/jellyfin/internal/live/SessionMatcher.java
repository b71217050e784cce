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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Finds the session a client Thing follows. A client is identified by its device id; Android clients
 * may switch between a short and a long device id, so when no session has the device id, a session
 * with the same device name and client name is taken instead (the caller may then store the new id).
 * When several sessions match (Android TV may hold two), an active one beats an inactive one, then the
 * most recent {@code LastActivityDate} wins, then the lowest session id (so the choice is stable).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SessionMatcher {

    private final String deviceId;
    private final String deviceName;
    private final String client;

    /**
     * @param deviceId the device id the Thing follows (GUID forms are compared normalised)
     * @param deviceName the device name seen last, for the fallback; empty disables the fallback
     * @param client the client name seen last, for the fallback
     */
    public SessionMatcher(String deviceId, String deviceName, String client) {
        this.deviceId = Guids.normalize(deviceId.trim());
        this.deviceName = deviceName.trim();
        this.client = client.trim();
    }

    /**
     * @return the best matching session, or null when no session belongs to this client
     */
    public @Nullable SessionState match(Iterable<SessionState> sessions) {
        SessionState byId = null;
        SessionState byName = null;
        for (SessionState session : sessions) {
            if (hasDeviceId(session)) {
                byId = better(byId, session);
            } else if (byId == null && matchesNameAndClient(session)) {
                byName = better(byName, session);
            }
        }
        return byId != null ? byId : byName;
    }

    /**
     * @return whether the session has the device id the Thing follows (else a match was found by device name
     *         and client name)
     */
    public boolean hasDeviceId(SessionState session) {
        return !deviceId.isEmpty() && deviceId.equals(Guids.normalize(session.deviceId()));
    }

    private boolean matchesNameAndClient(SessionState session) {
        return !deviceName.isEmpty() && !client.isEmpty() && deviceName.equalsIgnoreCase(session.deviceName())
                && client.equalsIgnoreCase(session.client());
    }

    private static SessionState better(@Nullable SessionState best, SessionState candidate) {
        if (best == null) {
            return candidate;
        }
        if (best.active() != candidate.active()) {
            return candidate.active() ? candidate : best;
        }
        int byActivity = compare(candidate.lastActivityDate(), best.lastActivityDate());
        if (byActivity != 0) {
            return byActivity > 0 ? candidate : best;
        }
        return candidate.id().compareTo(best.id()) < 0 ? candidate : best;
    }

    private static int compare(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        if (b == null) {
            return 1;
        }
        return a.compareTo(b);
    }
}
