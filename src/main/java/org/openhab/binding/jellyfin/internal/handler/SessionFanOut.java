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

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.internal.discovery.ClientDiscoveryService;
import org.openhab.binding.jellyfin.internal.live.DiffResult;
import org.openhab.binding.jellyfin.internal.live.SessionSnapshot;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openhab.binding.jellyfin.internal.live.UserDataChange;
import org.openhab.binding.jellyfin.internal.live.UserItemData;
import org.openhab.binding.jellyfin.internal.live.WatchedTracker;

/**
 * Hands what the session stream reports to the bridge's client things and client discovery, and keeps the latest
 * snapshot for things that start later.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionFanOut {

    private final Set<ClientHandler> clients = ConcurrentHashMap.newKeySet();
    private final Set<ClientDiscoveryService> discoveryServices = ConcurrentHashMap.newKeySet();
    private final WatchedTracker watchedTracker = new WatchedTracker(Clock.systemUTC());
    private volatile SessionSnapshot snapshot = SessionSnapshot.EMPTY;

    SessionSnapshot snapshot() {
        return snapshot;
    }

    void add(ClientHandler client) {
        clients.add(client);
    }

    void remove(ClientHandler client) {
        clients.remove(client);
    }

    void add(ClientDiscoveryService discovery) {
        discoveryServices.add(discovery);
    }

    void remove(ClientDiscoveryService discovery) {
        discoveryServices.remove(discovery);
    }

    /**
     * @return the number of active sessions
     */
    long sessions(SessionSnapshot newSnapshot, DiffResult diff) {
        snapshot = newSnapshot;
        clients.forEach(client -> client.onSessions(newSnapshot, diff));
        discoveryServices.forEach(discovery -> discovery.sessionsChanged(newSnapshot));
        return newSnapshot.sessions().stream().filter(SessionState::active).count();
    }

    /** User data of the bridge's user changed: the clients playing one of the items show it. */
    void userData(UserDataChange change, String bridgeUserId) {
        if (!Guids.same(change.userId(), bridgeUserId)) {
            return;
        }
        List<UserItemData> newly = watchedTracker.newlyWatched(change);
        for (UserItemData item : change.items()) {
            boolean newlyWatched = newly.stream().anyMatch(n -> n.itemId().equals(item.itemId()));
            clients.forEach(client -> client.onUserData(item.itemId(), item.played(), newlyWatched));
        }
    }

    /** The bridge went away: the next connection starts from nothing. */
    void reset() {
        snapshot = SessionSnapshot.EMPTY;
    }
}
