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

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The stream's current snapshot and the diff of each new session list against it. Pushes and polls carry
 * full lists, so the newest one wins: a poll answer is dropped when a push was applied after the poll was
 * sent, or when a later poll was applied first. Used on the stream's queue only; {@link #current()} may be
 * read from any thread.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SnapshotTracker {

    /** A {@code GET /Sessions} in flight: its number and the number of pushes applied when it was sent. */
    record Poll(long number, long pushesBefore) {
    }

    private final Clock clock;
    private final SessionDiff differ;
    private volatile SessionSnapshot current = SessionSnapshot.EMPTY;
    private long pushes;
    private long pollsSent;
    private long lastPollApplied;

    SnapshotTracker(Clock clock, Duration seekThreshold) {
        this.clock = clock;
        this.differ = new SessionDiff(seekThreshold);
    }

    SessionSnapshot current() {
        return current;
    }

    /** @return the ticket of a poll about to be sent */
    Poll pollSent() {
        return new Poll(++pollsSent, pushes);
    }

    /** @return the diff against the previous snapshot (possibly empty) */
    DiffResult applyPush(List<SessionState> sessions) {
        pushes++;
        return apply(sessions);
    }

    /** @return the diff against the previous snapshot (possibly empty), or null when the answer is outdated */
    @Nullable
    DiffResult applyPoll(Poll poll, List<SessionState> sessions) {
        if (poll.pushesBefore() != pushes || poll.number() < lastPollApplied) {
            return null;
        }
        lastPollApplied = poll.number();
        return apply(sessions);
    }

    private DiffResult apply(List<SessionState> sessions) {
        SessionSnapshot next = SessionSnapshot.of(sessions, clock.instant());
        DiffResult diff = differ.diff(current, next);
        current = next;
        return diff;
    }
}
