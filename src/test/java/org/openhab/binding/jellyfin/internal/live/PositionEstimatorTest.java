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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.live.SessionStateBuilder.T0;
import static org.openhab.binding.jellyfin.internal.live.SessionStateBuilder.session;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.ManualClock;

/**
 * Position extrapolation by {@link PositionEstimator} and publication pacing by {@link PositionUpdateLimiter}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class PositionEstimatorTest {

    private static final long SECOND = 10_000_000L;

    private final ManualClock clock = new ManualClock(T0);
    private final PositionEstimator estimator = new PositionEstimator(clock);

    @Test
    void whenPlayingThenThePositionAdvancesWithElapsedTime() {
        SessionState playing = session("s").playing("item1", 100 * SECOND).build();
        assertEquals(100 * SECOND, estimator.estimateTicks(playing, T0));
        clock.advance(Duration.ofMillis(2500));
        assertEquals(102 * SECOND + 5 * SECOND / 10, estimator.estimateTicks(playing, T0));
    }

    @Test
    void whenPausedThenThePositionStays() {
        SessionState paused = session("s").playing("item1", 100 * SECOND).paused(true).build();
        clock.advance(Duration.ofSeconds(30));
        assertEquals(100 * SECOND, estimator.estimateTicks(paused, T0));
    }

    @Test
    void whenTheEstimateWouldPassTheRuntimeThenItIsCapped() {
        SessionState nearEnd = session("s").playing("item1", 7_195 * SECOND).build();
        clock.advance(Duration.ofSeconds(60));
        assertEquals(7_200 * SECOND, estimator.estimateTicks(nearEnd, T0), "runtime of the test item is 2 h");
    }

    @Test
    void whenStoppedOrWithoutPositionThenZero() {
        clock.advance(Duration.ofSeconds(5));
        assertEquals(0, estimator.estimateTicks(session("s").build(), T0));
    }

    @Test
    void whenTheClockIsBehindTheReceiveTimeThenNoExtrapolation() {
        SessionState playing = session("s").playing("item1", 100 * SECOND).build();
        assertEquals(100 * SECOND, estimator.estimateTicks(playing, T0.plusSeconds(3)));
    }

    @Test
    void whenUpdatesComeFasterThanTheIntervalThenOnlyOnePerIntervalIsPublished() {
        PositionUpdateLimiter limiter = new PositionUpdateLimiter(clock::nanoTime,
                PositionUpdateLimiter.DEFAULT_INTERVAL);
        assertTrue(limiter.shouldPublish(false), "the first update is published");
        clock.advance(Duration.ofMillis(400));
        assertFalse(limiter.shouldPublish(false));
        clock.advance(Duration.ofMillis(599));
        assertFalse(limiter.shouldPublish(false));
        clock.advance(Duration.ofMillis(1));
        assertTrue(limiter.shouldPublish(false));
        assertFalse(limiter.shouldPublish(false));
    }

    @Test
    void whenForcedThenTheUpdateIsPublishedAndRestartsTheInterval() {
        PositionUpdateLimiter limiter = new PositionUpdateLimiter(clock::nanoTime, Duration.ofSeconds(5));
        assertTrue(limiter.shouldPublish(false));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.shouldPublish(true), "a seek is shown at once");
        clock.advance(Duration.ofSeconds(4));
        assertFalse(limiter.shouldPublish(false), "5 s since the first, 4 s since the forced one");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.shouldPublish(false));
    }

    @Test
    void whenResetThenTheNextUpdateIsPublished() {
        PositionUpdateLimiter limiter = new PositionUpdateLimiter(clock::nanoTime, Duration.ofSeconds(5));
        assertTrue(limiter.shouldPublish(false));
        assertFalse(limiter.shouldPublish(false));
        limiter.reset();
        assertTrue(limiter.shouldPublish(false));
    }
}
