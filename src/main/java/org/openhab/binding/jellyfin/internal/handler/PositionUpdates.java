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
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.live.PlayStatus;
import org.openhab.binding.jellyfin.internal.live.PositionEstimator;
import org.openhab.binding.jellyfin.internal.live.PositionUpdateLimiter;
import org.openhab.binding.jellyfin.internal.live.SessionChange;
import org.openhab.binding.jellyfin.internal.live.SessionEvent;
import org.openhab.binding.jellyfin.internal.live.SessionState;

/**
 * The position channels of a client thing between pushes: while the session plays, the position is estimated from
 * the last push and the time since, and shown every interval; pushes that come faster are shown at that rate too,
 * except a position that moved for a reason the user sees (a seek, a start, a pause), which is shown at once. Every
 * method runs under the client handler's lock.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class PositionUpdates {

    private final PositionEstimator estimator;
    private final ScheduledExecutorService scheduler;
    private final Runnable tick;
    private Duration interval = PositionUpdateLimiter.DEFAULT_INTERVAL;
    private PositionUpdateLimiter limiter = new PositionUpdateLimiter(System::nanoTime, interval);
    private @Nullable ScheduledFuture<?> job;

    /**
     * @param tick shows the estimated position, every interval while playing
     */
    PositionUpdates(Clock clock, ScheduledExecutorService scheduler, Runnable tick) {
        this.estimator = new PositionEstimator(clock);
        this.scheduler = scheduler;
        this.tick = tick;
    }

    /** @param newInterval how often the position is shown while playing (at least 1 s) */
    void configure(Duration newInterval) {
        interval = newInterval;
        limiter = new PositionUpdateLimiter(System::nanoTime, newInterval);
    }

    /** @return the position to show: the session's own, or its estimate now while playing */
    @Nullable
    Long estimate(SessionState current, Instant receivedAt) {
        if (current.nowPlayingItem() == null || current.playState().positionTicks() == null) {
            return current.playState().positionTicks();
        }
        return estimator.estimateTicks(current, receivedAt);
    }

    /**
     * @param first whether the session was just found
     * @param change what the push changed, or null
     * @return whether the position channels are shown now
     */
    boolean shouldPublish(boolean first, @Nullable SessionChange change) {
        return limiter.shouldPublish(first || forcesPosition(change));
    }

    /** @return whether a tick shows the position now */
    boolean tickShows() {
        return limiter.shouldPublish(false);
    }

    /** Ticks while the session plays, not otherwise. */
    void follow(SessionState current) {
        if (current.status() != PlayStatus.PLAYING) {
            stop();
            return;
        }
        if (job == null) {
            long millis = interval.toMillis();
            job = scheduler.scheduleWithFixedDelay(tick, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    void stop() {
        ScheduledFuture<?> current = job;
        if (current != null) {
            current.cancel(false);
        }
        job = null;
    }

    /** A position that moved for a reason the user sees is shown at once; progress only at the configured rate. */
    private static boolean forcesPosition(@Nullable SessionChange change) {
        return change != null && (change.has(SessionEvent.SEEKED) || change.has(SessionEvent.PLAYBACK_STARTED)
                || change.has(SessionEvent.ITEM_CHANGED) || change.has(SessionEvent.PAUSED)
                || change.has(SessionEvent.RESUMED) || change.has(SessionEvent.PLAYBACK_STOPPED));
    }
}
