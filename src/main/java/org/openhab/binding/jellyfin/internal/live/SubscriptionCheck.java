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

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Whether the subscription to session pushes on the current socket works. The servers refuse a subscription
 * silently (10.9.0-10.10.5: API keys and non-admin users), and they push only when something changes, so
 * silence alone proves nothing on an idle server. The check is: a poll reveals a change the server pushes at
 * once (a session came or went, playback started, stopped, paused, resumed or changed item, capabilities
 * changed), and still no {@code Sessions} push arrives within the grace period. Any push confirms the
 * subscription, also after polling began. Used on the stream's queue only.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SubscriptionCheck {

    private static final Set<SessionEvent> PUSHED_AT_ONCE = EnumSet.of(SessionEvent.SESSION_APPEARED,
            SessionEvent.SESSION_DISAPPEARED, SessionEvent.PLAYBACK_STARTED, SessionEvent.PLAYBACK_STOPPED,
            SessionEvent.ITEM_CHANGED, SessionEvent.PAUSED, SessionEvent.RESUMED);

    /** Whether the subscription works, as far as the check knows. */
    private enum Mode {
        /** Not yet proven either way: checks go on. */
        UNCONFIRMED,
        /** A push arrived. */
        CONFIRMED,
        /** Refused by policy or silent after a suspect poll: session state is polled. */
        REFUSED
    }

    private Mode mode = Mode.UNCONFIRMED;
    private boolean baseline;

    /** A new socket sent {@code SessionsStart}. */
    void subscribed() {
        mode = Mode.UNCONFIRMED;
        baseline = false;
    }

    /** A new socket did not subscribe because the server's policy refuses these credentials. */
    void refusedByPolicy() {
        mode = Mode.REFUSED;
    }

    /** @return true when session state is being polled */
    boolean isPolling() {
        return mode == Mode.REFUSED;
    }

    /** @return true while the subscription is neither confirmed nor refused: checks go on */
    boolean isUnconfirmed() {
        return mode == Mode.UNCONFIRMED;
    }

    /**
     * A {@code Sessions} push arrived.
     *
     * @return true when the stream was polling and now goes live
     */
    boolean pushArrived() {
        boolean wasPolling = mode == Mode.REFUSED;
        mode = Mode.CONFIRMED;
        return wasPolling;
    }

    /** The resync after subscribing was applied: later polls show what changed since. */
    void baselineApplied() {
        baseline = true;
    }

    /**
     * @param diff the change a check poll revealed against the previous snapshot
     * @return true when the subscription is suspect: a change that should have been pushed was not, so decide
     *         after the grace period; false when nothing is conclusive (check again later while
     *         {@link #isUnconfirmed()}) or the subscription is not being checked
     */
    boolean checkPolled(DiffResult diff) {
        if (mode != Mode.UNCONFIRMED) {
            return false;
        }
        if (!baseline) {
            baseline = true;
            return false;
        }
        return wouldHaveBeenPushed(diff);
    }

    /**
     * The grace period after a suspect poll ended.
     *
     * @return true when the subscription now counts as refused (no push came)
     */
    boolean graceEnded() {
        if (mode != Mode.UNCONFIRMED) {
            return false;
        }
        mode = Mode.REFUSED;
        return true;
    }

    static boolean wouldHaveBeenPushed(DiffResult diff) {
        for (SessionChange change : diff.changes()) {
            if (change.has(SessionChange.Fact.SUPPORTED_COMMANDS)) {
                return true;
            }
            for (SessionEvent event : change.events()) {
                if (PUSHED_AT_ONCE.contains(event)) {
                    return true;
                }
            }
        }
        return false;
    }
}
