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

import java.time.Duration;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Decides when a position update is worth publishing: at most once per interval (default 1 s), except
 * when forced (seek, item change, pause...). One instance per followed session; thread-safe.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PositionUpdateLimiter {

    /** Default minimum interval between two published positions. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private boolean published;
    private long lastPublishedNanos;

    /**
     * @param nanoClock a monotonic clock in nanoseconds, e.g. {@code System::nanoTime}
     * @param interval minimum time between two unforced updates
     */
    public PositionUpdateLimiter(LongSupplier nanoClock, Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative");
        }
        this.nanoClock = nanoClock;
        this.intervalNanos = interval.toNanos();
    }

    /**
     * @param force publish regardless of the interval (the position changed for a reason the user sees)
     * @return true when the caller should publish now; the publication is then recorded
     */
    public synchronized boolean shouldPublish(boolean force) {
        long now = nanoClock.getAsLong();
        if (force || !published || now - lastPublishedNanos >= intervalNanos) {
            published = true;
            lastPublishedNanos = now;
            return true;
        }
        return false;
    }

    /** Forgets the last publication, e.g. when the followed session changes. */
    public synchronized void reset() {
        published = false;
    }
}
