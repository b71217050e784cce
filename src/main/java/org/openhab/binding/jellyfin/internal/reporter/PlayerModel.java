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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Ticks;

/**
 * What the reporter knows of the local player, fed by the linked items: the item, the position (moving on
 * with the clock while playing), paused, muted and volume. Each change returns the snapshot to report, or
 * null when nothing is playing.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class PlayerModel {

    private final Clock clock;
    /** The item being played; empty when nothing is playing. */
    private String itemId = "";
    private @Nullable String lastItemId;
    private String playSessionId = "";
    private long anchorTicks;
    private Instant anchorTime;
    private boolean paused;
    private boolean muted;
    private int volume = 100;

    public PlayerModel(Clock clock) {
        this.clock = clock;
        this.anchorTime = clock.instant();
    }

    /**
     * Starts playing an item from the beginning, with a new play session.
     */
    public synchronized PlayerSnapshot start(String newItemId) {
        itemId = newItemId;
        lastItemId = newItemId;
        playSessionId = UUID.randomUUID().toString().replace("-", "");
        paused = false;
        anchor(0);
        return snapshot();
    }

    /**
     * @return the final state of the playback that stopped, or null when nothing was playing
     */
    public synchronized @Nullable PlayerSnapshot stop() {
        PlayerSnapshot last = current();
        itemId = "";
        return last;
    }

    public synchronized @Nullable PlayerSnapshot seek(long ticks) {
        anchor(Math.max(0, ticks));
        return current();
    }

    public synchronized @Nullable PlayerSnapshot setPaused(boolean newPaused) {
        anchor(positionTicks());
        paused = newPaused;
        return current();
    }

    public synchronized @Nullable PlayerSnapshot setMuted(boolean newMuted) {
        muted = newMuted;
        return current();
    }

    public synchronized @Nullable PlayerSnapshot setVolume(int newVolume) {
        volume = Math.max(0, Math.min(100, newVolume));
        return current();
    }

    public synchronized int volume() {
        return volume;
    }

    /**
     * @return the state now, or null when nothing is playing
     */
    public synchronized @Nullable PlayerSnapshot current() {
        return itemId.isEmpty() ? null : snapshot();
    }

    /**
     * @return the item being played, empty when nothing is playing
     */
    public synchronized String itemId() {
        return itemId;
    }

    /**
     * @return the item playing now, else the last one played (what "watched" applies to), or null
     */
    public synchronized @Nullable String lastItemId() {
        return lastItemId;
    }

    private PlayerSnapshot snapshot() {
        return new PlayerSnapshot(itemId, playSessionId, positionTicks(), paused, muted, volume);
    }

    private long positionTicks() {
        if (paused || itemId.isEmpty()) {
            return anchorTicks;
        }
        Duration elapsed = Duration.between(anchorTime, clock.instant());
        return anchorTicks + (elapsed.isNegative() ? 0 : Ticks.fromDuration(elapsed));
    }

    private void anchor(long ticks) {
        anchorTicks = ticks;
        anchorTime = clock.instant();
    }
}
