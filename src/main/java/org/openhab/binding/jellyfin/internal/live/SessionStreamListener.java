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
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;

/**
 * Receives what a {@link SessionStream} learns. Calls come one at a time, in order, on the stream's
 * scheduler; implementations must not block. No call begins after {@link SessionStream#stop()} has returned
 * (a call already under way when it is called may still finish: stop does not wait).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public interface SessionStreamListener {

    /**
     * A new snapshot (from a push or a poll) and its diff against the previous one; not called when the diff is
     * empty.
     */
    void onSessions(SessionSnapshot snapshot, DiffResult diff);

    /** A {@code UserDataChanged} push (played state, favourites, resume positions of one user's items). */
    void onUserDataChanged(UserDataChange change);

    /**
     * Items of a {@code UserDataChanged} push that just became played (see {@link WatchedTracker}); called after
     * {@link #onUserDataChanged(UserDataChange)} and only when there are such items.
     *
     * @param userId the user who watched them
     * @param items the items, in push order
     */
    default void onItemsWatched(String userId, List<UserItemData> items) {
    }

    /**
     * A {@code LibraryChanged} push: items were added to, updated in or removed from the library. The servers send
     * it to the sessions of users only (not to an API key's socket), after a library scan.
     */
    default void onLibraryChanged(LibraryChange change) {
    }

    /**
     * The connection state changed.
     *
     * @param reason why, in words a user understands, or null when there is nothing to explain (LIVE, CONNECTING)
     */
    void onStreamStatus(State state, @Nullable String reason);
}
