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

import java.util.Locale;

import com.google.gson.JsonObject;

/**
 * The end-to-end part of the results: the tables of {@code latency.json} ({@link EndToEndLatency}) and the
 * overhead target.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
final class LatencyReport {

    /** The binding's push → channel overhead beyond loopback, p99, with 100 sessions. */
    static final double OVERHEAD_TARGET_US = 5_000;
    private static final String TARGET_SESSIONS = "100";

    /** Where a verdict goes: a row of the targets table. */
    interface Verdicts {
        void add(String target, boolean met, String measured);
    }

    private final JsonObject latency;

    LatencyReport(JsonObject latency) {
        this.latency = latency;
    }

    void render(StringBuilder md, Verdicts verdicts) {
        md.append("### Push → channel update, end to end\n\n");
        md.append("| sessions (in the push) | push size | loopback µs | binding µs | overhead µs (p50 / p99) |\n");
        md.append("|---|---|---|---|---|\n");
        for (String key : latency.keySet()) {
            JsonObject run = latency.getAsJsonObject(key);
            JsonObject loopback = run.getAsJsonObject("loopback");
            JsonObject push = run.getAsJsonObject("push");
            md.append(String.format(Locale.ROOT, "| %d (%d) | %s | %s | %s | %s / %s |%n",
                    run.get("sessions").getAsInt(), run.get("sessionsInPush").getAsInt(),
                    size(run.get("pushBytes").getAsLong()), timing(loopback), timing(push),
                    micros(overhead(run, "p50Us")), micros(overhead(run, "p99Us"))));
        }
        md.append("\nµs: median / 99th percentile / mean / maximum of ").append(samples("push"))
                .append(" pushes after a warm-up; loopback = a raw Jetty WebSocket client noting the arrival ")
                .append("of the same kind of push, binding = the simulator's send to the client thing's `play-state` ")
                .append("in the callback; overhead = binding minus loopback, percentile by percentile.\n\n");
        md.append("### `handleCommand` → request at the server\n\n");
        md.append("| sessions | µs (median / p99 / mean / max) |\n|---|---|\n");
        for (String key : latency.keySet()) {
            JsonObject run = latency.getAsJsonObject(key);
            md.append(String.format(Locale.ROOT, "| %d | %s |%n", run.get("sessions").getAsInt(),
                    timing(run.getAsJsonObject("command"))));
        }
        md.append("\nA `volume` command on the client thing until the simulator takes the request ")
                .append("(`POST /Sessions/{id}/Command`, `SetVolume`), ").append(samples("command"))
                .append(" commands after a warm-up.\n\n");
        JsonObject target = latency.getAsJsonObject(TARGET_SESSIONS);
        if (target == null) {
            throw new IllegalStateException("no latency run with " + TARGET_SESSIONS + " sessions");
        }
        double overhead = overhead(target, "p99Us");
        verdicts.add("push → channel overhead beyond loopback, p99, 100 sessions < 5 ms",
                overhead < OVERHEAD_TARGET_US, millis(overhead) + " ms");
    }

    private static double overhead(JsonObject run, String percentile) {
        return run.getAsJsonObject("push").get(percentile).getAsDouble()
                - run.getAsJsonObject("loopback").get(percentile).getAsDouble();
    }

    private int samples(String series) {
        String first = latency.keySet().iterator().next();
        return latency.getAsJsonObject(first).getAsJsonObject(series).get("samples").getAsInt();
    }

    private static String timing(JsonObject series) {
        return micros(series.get("p50Us").getAsDouble()) + " / " + micros(series.get("p99Us").getAsDouble()) + " / "
                + micros(series.get("meanUs").getAsDouble()) + " / " + micros(series.get("maxUs").getAsDouble());
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String millis(double micros) {
        return String.format(Locale.ROOT, "%.2f", micros / 1000);
    }

    private static String size(long bytes) {
        return bytes < 10 * 1024 ? String.format(Locale.ROOT, "%,d B", bytes)
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
