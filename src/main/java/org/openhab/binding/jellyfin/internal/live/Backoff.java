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
import java.util.random.RandomGenerator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How long to wait before the next connection attempt. Injected wherever a connection is retried, so tests pass a
 * fast strategy instead of waiting.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface Backoff {

    /**
     * @param attempt the number of the attempt that failed, starting at 1
     * @return the delay before the next attempt
     */
    Duration delay(int attempt);

    /** The default: about 1 s, doubling up to 60 s, each delay spread by up to 20% so clients do not stampede. */
    static Backoff standard() {
        return exponential(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2, RandomGenerator.getDefault());
    }

    /**
     * @param initial the delay after the first failure
     * @param max the cap
     * @param jitter the fraction (0..1) by which a delay may be shortened or lengthened at random
     * @param random the source of the jitter
     */
    static Backoff exponential(Duration initial, Duration max, double jitter, RandomGenerator random) {
        long initialMs = Math.max(1, initial.toMillis());
        long maxMs = Math.max(initialMs, max.toMillis());
        double spread = Math.min(1.0, Math.max(0.0, jitter));
        return attempt -> {
            int doublings = Math.min(Math.max(attempt, 1) - 1, 30);
            long base = Math.min(maxMs, initialMs << doublings);
            double factor = 1.0 + spread * (random.nextDouble() * 2.0 - 1.0);
            long withJitter = Math.round(base * factor);
            return Duration.ofMillis(Math.max(1, Math.min(maxMs, withJitter)));
        };
    }
}
