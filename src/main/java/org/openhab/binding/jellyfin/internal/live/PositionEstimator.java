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
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Estimates a session's position between pushes: the pushed position plus the time elapsed since the
 * snapshot was received while playing, capped at the item's runtime; the pushed position as it is
 * while paused. Servers push progress only every few seconds, so a position channel updated from
 * pushes alone would jump.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PositionEstimator {

    private static final long TICKS_PER_MILLI = 10_000L;

    private final Clock clock;

    /**
     * @param clock the local clock the snapshots' receive times come from
     */
    public PositionEstimator(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param session the session as last pushed
     * @param receivedAt when the snapshot holding it was received
     * @return the estimated position now, in ticks; 0 when the session reported no position
     */
    public long estimateTicks(SessionState session, Instant receivedAt) {
        Long reported = session.playState().positionTicks();
        long position = reported == null ? 0 : Math.max(0, reported);
        if (session.status() != PlayStatus.PLAYING) {
            return position;
        }
        Instant now = clock.instant();
        long elapsedMillis = (now.getEpochSecond() - receivedAt.getEpochSecond()) * 1_000L
                + (now.getNano() - receivedAt.getNano()) / 1_000_000;
        if (elapsedMillis > 0) {
            position += elapsedMillis * TICKS_PER_MILLI;
        }
        NowPlayingItem item = session.nowPlayingItem();
        Long runTime = item == null ? null : item.runTimeTicks();
        if (runTime != null && runTime > 0 && position > runTime) {
            return runTime;
        }
        return position;
    }
}
