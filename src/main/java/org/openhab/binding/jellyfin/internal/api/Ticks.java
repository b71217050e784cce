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
package org.openhab.binding.jellyfin.internal.api;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Conversions between the servers' ticks (100 ns, 10,000,000 per second) and seconds or {@link Duration}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Ticks {

    public static final long PER_SECOND = 10_000_000L;
    public static final long PER_MILLISECOND = 10_000L;

    private Ticks() {
    }

    public static long fromSeconds(double seconds) {
        return Math.round(seconds * PER_SECOND);
    }

    public static double toSeconds(long ticks) {
        return ticks / (double) PER_SECOND;
    }

    public static long fromDuration(Duration duration) {
        return Math.addExact(Math.multiplyExact(duration.getSeconds(), PER_SECOND), duration.getNano() / 100L);
    }

    public static Duration toDuration(long ticks) {
        return Duration.ofSeconds(ticks / PER_SECOND, (ticks % PER_SECOND) * 100L);
    }

    public static long toMillis(long ticks) {
        return ticks / PER_MILLISECOND;
    }
}
