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
package org.openhab.binding.jellyfin.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latencies of one series in nanoseconds: the first {@code warmUp} are dropped, the rest summarised as median,
 * 99th percentile (nearest rank), mean and maximum in µs.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
final class LatencySamples {

    private final int warmUp;
    private final long[] nanos;
    private int count;

    LatencySamples(int warmUp, int samples) {
        this.warmUp = warmUp;
        this.nanos = new long[warmUp + samples];
    }

    /** @return the number of samples to take, warm-up included */
    int total() {
        return nanos.length;
    }

    void add(long latencyNanos) {
        if (latencyNanos < 0) {
            throw new IllegalStateException("negative latency " + latencyNanos + " ns: the stamps are out of order");
        }
        nanos[count++] = latencyNanos;
    }

    /** @return median, p99, mean, max (µs) and the number of measured samples */
    Map<String, Object> summary() {
        if (count != nanos.length) {
            throw new IllegalStateException("only " + count + " of " + nanos.length + " samples taken");
        }
        long[] measured = Arrays.copyOfRange(nanos, warmUp, count);
        Arrays.sort(measured);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", measured.length);
        summary.put("p50Us", micros(percentile(measured, 50)));
        summary.put("p99Us", micros(percentile(measured, 99)));
        summary.put("meanUs", micros(Math.round(Arrays.stream(measured).average().orElse(0))));
        summary.put("maxUs", micros(measured[measured.length - 1]));
        return summary;
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double micros(long nanos) {
        return Math.round(nanos / 100.0) / 10.0;
    }
}
