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
package org.openhab.binding.jellyfin.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The simulator's clock: scripted (starts at a fixed instant and moves only when a test advances it)
 * or the system clock plus whatever the test advanced. Throttling of periodic pushes and session
 * activity dates follow this clock.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimClock {
    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    private SimClock(Clock base) {
        this.base = base;
    }

    /** A clock that stands still at 2025-01-08T18:50:00Z until advanced. */
    public static SimClock scripted() {
        return new SimClock(Clock.fixed(Instant.parse("2025-01-08T18:50:00Z"), ZoneOffset.UTC));
    }

    public static SimClock system() {
        return new SimClock(Clock.systemUTC());
    }

    public Instant now() {
        return base.instant().plus(offset);
    }

    synchronized void advance(Duration duration) {
        offset = offset.plus(duration);
    }
}
