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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate between the stream and its listener: nothing passes once the stream is stopped, status is passed on
 * state changes only, empty diffs never, and a failing listener cannot break the stream. Called on the stream's
 * queue; {@link #open()} and {@link #close()} from any thread.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class StreamNotifier {

    private final Logger logger = LoggerFactory.getLogger(StreamNotifier.class);
    private final SessionStreamListener listener;
    private volatile boolean open;
    private @Nullable State state = null;

    StreamNotifier(SessionStreamListener listener) {
        this.listener = listener;
    }

    /** Lets listener calls through again, forgetting the last state so the next one is passed on. */
    void open() {
        state = null;
        open = true;
    }

    /** Lets no listener call begin any more. */
    void close() {
        open = false;
    }

    /** @return the state last reported, or null before the first */
    @Nullable
    State state() {
        return state;
    }

    /**
     * Reports the state to the listener, unless it is the state last reported.
     *
     * @param reason why, in words a user understands, or null (for LIVE and CONNECTING)
     */
    void status(State next, @Nullable String reason) {
        if (state == next) {
            return;
        }
        state = next;
        if (open) {
            call(() -> listener.onStreamStatus(next, reason));
        }
    }

    /** Passes the sessions on when the diff holds a change. */
    void sessions(DiffResult diff) {
        if (!diff.isEmpty() && open) {
            call(() -> listener.onSessions(diff.current(), diff));
        }
    }

    /**
     * Passes a user data push on, and the items it marks watched for the first time.
     */
    void userData(UserDataChange change, List<UserItemData> newlyWatched) {
        if (open) {
            call(() -> listener.onUserDataChanged(change));
        }
        if (!newlyWatched.isEmpty() && open) {
            call(() -> listener.onItemsWatched(change.userId(), newlyWatched));
        }
    }

    /** Passes a library change on. */
    void library(LibraryChange change) {
        if (open) {
            call(() -> listener.onLibraryChanged(change));
        }
    }

    private void call(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            logger.warn("The session stream's listener failed", e);
        }
    }
}
