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
package org.openhab.binding.jellyfin.internal.reporter;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.ManualClock;
import org.openhab.binding.jellyfin.internal.api.EmbyDialect;
import org.openhab.binding.jellyfin.internal.api.JellyfinDialect;
import org.openhab.binding.jellyfin.internal.api.ServerVersion;

/**
 * The local player's state: the position moves on with the clock while playing and stands still while
 * paused; a stop returns the final state; and which report routes each mode means on each server.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class PlayerModelTest {

    private static final long TICKS_PER_SECOND = 10_000_000L;

    private final ManualClock clock = new ManualClock();
    private final PlayerModel model = new PlayerModel(clock);

    @Test
    void whenPlayingThenThePositionMovesWithTheClockAndStandsStillWhilePaused() {
        PlayerSnapshot started = model.start("item-1");
        assertEquals(0, started.positionTicks());
        clock.advance(Duration.ofSeconds(5));
        assertEquals(0, started.positionTicks(), "a snapshot stands still");
        assertEquals(5 * TICKS_PER_SECOND, model.current().positionTicks());

        PlayerSnapshot paused = model.setPaused(true);
        assertTrue(paused.paused());
        clock.advance(Duration.ofSeconds(60));
        assertEquals(5 * TICKS_PER_SECOND, model.current().positionTicks());

        model.setPaused(false);
        model.seek(100 * TICKS_PER_SECOND);
        clock.advance(Duration.ofSeconds(2));
        PlayerSnapshot last = model.stop();
        assertEquals(102 * TICKS_PER_SECOND, last.positionTicks());
        assertEquals(started.playSessionId(), last.playSessionId());
        assertNull(model.current());
        assertNull(model.stop(), "nothing left to stop");
        assertEquals("item-1", model.lastItemId());
    }

    @Test
    void whenANewItemStartsThenItGetsANewPlaySessionAndStartsAtZero() {
        PlayerSnapshot first = model.start("item-1");
        model.seek(50 * TICKS_PER_SECOND);
        PlayerSnapshot second = model.start("item-2");

        assertNotEquals(first.playSessionId(), second.playSessionId());
        assertEquals(0, second.positionTicks());
        assertTrue(second.playSessionId().matches("[0-9a-f]{32}"));
    }

    @Test
    void whenMutedOrVolumeChangeWhileIdleThenTheyAreKeptForTheNextStart() {
        assertNull(model.setMuted(true));
        assertNull(model.setVolume(140));
        PlayerSnapshot started = model.start("item-1");
        assertTrue(started.muted());
        assertEquals(100, started.volume());
    }

    @Test
    void whenModeIsAutoThenJellyfinGetsSessionReportsAndEmbyByItemReports() {
        assertFalse(PlaybackReporter.byItem("auto", new JellyfinDialect(ServerVersion.of(10, 8, 13))));
        assertFalse(PlaybackReporter.byItem("AUTO", new JellyfinDialect(ServerVersion.of(12, 0, 0))));
        assertTrue(PlaybackReporter.byItem("auto", new EmbyDialect(ServerVersion.of(4, 8, 11))));
        assertFalse(PlaybackReporter.byItem("Session", new EmbyDialect(ServerVersion.of(4, 9, 0))));
        assertTrue(PlaybackReporter.byItem(" item ", new JellyfinDialect(ServerVersion.of(10, 8, 0))));
        // an unknown mode is auto
        assertTrue(PlaybackReporter.byItem("nonsense", new EmbyDialect(ServerVersion.of(4, 8, 11))));
        assertFalse(PlaybackReporter.byItem("nonsense", new JellyfinDialect(ServerVersion.of(10, 8, 13))));
    }
}
