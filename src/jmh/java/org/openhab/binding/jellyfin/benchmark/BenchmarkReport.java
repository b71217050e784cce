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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Turns the JMH results ({@code jmh-result.json}), the retained sizes ({@code retained-memory.json}), the
 * end-to-end latencies ({@code latency.json}) and the bundle jar into the results section of
 * docs/benchmarks.md, written to {@code results.md} next to them and printed, and with a third argument also
 * into that document between its results markers.
 * Fails when a result is missing; targets that are missed are reported, not fatal.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public final class BenchmarkReport {

    private static final String BINDING = "bindingParseAndDiff";
    private static final String BASELINE = "fullDtoParseAndDiff";
    private static final String UNCHANGED = "unchangedPush";
    private static final int[] SESSION_COUNTS = { 1, 10, 100, 500 };
    private static final String BEGIN_MARKER = "<!-- results:begin -->";
    private static final String END_MARKER = "<!-- results:end -->";

    private final JsonArray jmh;
    private final JsonObject memory;
    private final LatencyReport latency;
    private final long bundleBytes;
    private final List<String> verdicts = new ArrayList<>();

    private BenchmarkReport(JsonArray jmh, JsonObject memory, JsonObject latency, long bundleBytes) {
        this.jmh = jmh;
        this.memory = memory;
        this.latency = new LatencyReport(latency);
        this.bundleBytes = bundleBytes;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/benchmarks");
        Path bundle = Path.of(args.length > 1 ? args[1] : "target/org.openhab.binding.jellyfin-5.2.0-SNAPSHOT.jar");
        JsonArray jmh = JsonParser.parseString(Files.readString(dir.resolve("jmh-result.json"))).getAsJsonArray();
        JsonObject memory = JsonParser.parseString(Files.readString(dir.resolve("retained-memory.json")))
                .getAsJsonObject();
        JsonObject latency = JsonParser.parseString(Files.readString(dir.resolve("latency.json"))).getAsJsonObject();
        String report = new BenchmarkReport(jmh, memory, latency, Files.size(bundle)).render();
        Files.writeString(dir.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        if (args.length > 2 && !args[2].isBlank()) {
            updateDoc(Path.of(args[2]), report);
        }
    }

    /** Replaces what stands between the results markers of the document with the report. */
    private static void updateDoc(Path doc, String report) throws IOException {
        String text = Files.readString(doc);
        int begin = text.indexOf(BEGIN_MARKER);
        int end = text.indexOf(END_MARKER);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(doc + " has no " + BEGIN_MARKER + " ... " + END_MARKER + " section");
        }
        String updated = text.substring(0, begin + BEGIN_MARKER.length()) + "\n" + report + text.substring(end);
        Files.writeString(doc, updated, StandardCharsets.UTF_8);
    }

    private String render() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("### Machine\n\n").append(machine()).append('\n');
        md.append("### Parse + diff of one `Sessions` push\n\n");
        md.append("| sessions (playing) | push size | binding µs | binding MB/s | binding alloc/push "
                + "| full DTO µs | full DTO MB/s | full DTO alloc/push | speed-up |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        double worstSpeedUp = Double.MAX_VALUE;
        double worstThroughput = Double.MAX_VALUE;
        for (int sessions : SESSION_COUNTS) {
            Payloads payloads = Payloads.of(sessions);
            int bytes = payloads.nextBytes();
            JsonObject binding = result(BINDING, sessions);
            JsonObject baseline = result(BASELINE, sessions);
            double bindingUs = score(binding);
            double baselineUs = score(baseline);
            double speedUp = baselineUs / bindingUs;
            double throughput = bytes / bindingUs;
            worstSpeedUp = Math.min(worstSpeedUp, speedUp);
            worstThroughput = Math.min(worstThroughput, throughput);
            md.append(String.format(Locale.ROOT, "| %d (%d) | %s | %s | %.0f | %s | %s | %.0f | %s | %.1fx |%n",
                    sessions, payloads.playing, kilobytes(bytes), timing(binding), throughput,
                    kilobytes(alloc(binding)), timing(baseline), bytes / baselineUs, kilobytes(alloc(baseline)),
                    speedUp));
        }
        md.append("\nµs per push: median / 90th percentile / mean of the sampled calls; MB/s and speed-up from the "
                + "medians, 1 MB = 10^6 bytes; alloc/push = JMH `-prof gc` `gc.alloc.rate.norm`.\n\n");
        verdict("parse+diff at least 3x faster than the full-DTO baseline", worstSpeedUp >= 3,
                String.format(Locale.ROOT, "%.1fx at the worst size", worstSpeedUp));
        verdict("parse+diff at least 300 MB/s", worstThroughput >= 300,
                String.format(Locale.ROOT, "%.0f MB/s at the worst size", worstThroughput));

        md.append("### Unchanged push (the same sessions again)\n\n");
        md.append("| sessions | µs (median / p90 / mean) | alloc/push | changes produced |\n|---|---|---|---|\n");
        long totalChanges = 0;
        for (int sessions : SESSION_COUNTS) {
            JsonObject unchanged = result(UNCHANGED, sessions);
            long changes = Math.round(secondary(unchanged, "changesOnUnchangedPush").orElse(0.0));
            totalChanges += changes;
            md.append(String.format(Locale.ROOT, "| %d | %s | %s | %d |%n", sessions, timing(unchanged),
                    kilobytes(alloc(unchanged)), changes));
        }
        md.append("\nEvery measured call is checked: a single change fails the run.\n\n");
        verdict("zero channel updates for an unchanged push", totalChanges == 0, totalChanges + " changes");

        md.append("### Retained memory of a snapshot (JOL `GraphLayout.totalSize()`)\n\n");
        md.append("| sessions (playing) | snapshot | per session | full DTO list | per session |\n"
                + "|---|---|---|---|---|\n");
        long worstPerSession = 0;
        for (String key : memory.keySet()) {
            JsonObject m = memory.getAsJsonObject(key);
            long perSession = m.get("snapshotBytesPerSession").getAsLong();
            worstPerSession = Math.max(worstPerSession, perSession);
            md.append(String.format(Locale.ROOT, "| %d (%d) | %s | %s | %s | %s |%n", m.get("sessions").getAsInt(),
                    m.get("playing").getAsInt(), kilobytes(m.get("snapshotBytes").getAsLong()),
                    kilobytes(perSession), kilobytes(m.get("fullDtoBytes").getAsLong()),
                    kilobytes(m.get("fullDtoBytesPerSession").getAsLong())));
        }
        md.append('\n');
        verdict("< 4 KB retained per session", worstPerSession < 4096, kilobytes(worstPerSession) + " at most");
        verdict("bundle < 250 KB", bundleBytes < 250 * 1024, kilobytes(bundleBytes));

        latency.render(md, this::verdict);
        md.append("### Bundle\n\n").append(String.format(Locale.ROOT, "The bundle jar is %s (%d bytes).%n%n",
                kilobytes(bundleBytes), bundleBytes));
        md.append("### Targets\n\n| target | measured | met |\n|---|---|---|\n");
        verdicts.forEach(md::append);
        return md.toString();
    }

    private void verdict(String target, boolean met, String measured) {
        verdicts.add("| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n");
    }

    private String machine() throws IOException {
        JsonObject first = jmh.get(0).getAsJsonObject();
        return String.format(Locale.ROOT, "- CPU: %s, %d cores available to the JVM%n- JDK: %s %s (%s)%n- OS: %s%n",
                cpuModel(), Runtime.getRuntime().availableProcessors(), first.get("vmName").getAsString(),
                first.get("vmVersion").getAsString(), first.get("jvm").getAsString(), operatingSystem());
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1))
                    .map(String::trim).orElse(System.getProperty("os.arch"));
        }
    }

    private static String operatingSystem() throws IOException {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        Path release = Path.of("/etc/os-release");
        if (!Files.isReadable(release)) {
            return kernel;
        }
        try (Stream<String> lines = Files.lines(release)) {
            return lines.filter(l -> l.startsWith("PRETTY_NAME=")).findFirst()
                    .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "") + ", " + kernel).orElse(kernel);
        }
    }

    private JsonObject result(String benchmark, int sessions) {
        for (JsonElement element : jmh) {
            JsonObject run = element.getAsJsonObject();
            if (run.get("benchmark").getAsString().endsWith("." + benchmark)
                    && run.getAsJsonObject("params").get("sessions").getAsInt() == sessions) {
                return run;
            }
        }
        throw new IllegalStateException("no JMH result for " + benchmark + " with " + sessions + " sessions");
    }

    /** @return the median of the sampled times in µs */
    private static double score(JsonObject run) {
        return percentile(run, "50.0");
    }

    private static double percentile(JsonObject run, String percentile) {
        JsonObject metric = run.getAsJsonObject("primaryMetric");
        if (!"us/op".equals(metric.get("scoreUnit").getAsString())) {
            throw new IllegalStateException("expected times in us/op: " + metric.get("scoreUnit"));
        }
        return metric.getAsJsonObject("scorePercentiles").get(percentile).getAsDouble();
    }

    /** @return median / p90 / mean of the sampled times */
    private static String timing(JsonObject run) {
        double mean = run.getAsJsonObject("primaryMetric").get("score").getAsDouble();
        return micros(score(run)) + " / " + micros(percentile(run, "90.0")) + " / " + micros(mean);
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.0f", value);
    }

    private static long alloc(JsonObject run) {
        return Math.round(secondary(run, "gc.alloc.rate.norm")
                .orElseThrow(() -> new IllegalStateException("run without -prof gc")));
    }

    private static Optional<Double> secondary(JsonObject run, String name) {
        JsonObject metrics = run.getAsJsonObject("secondaryMetrics");
        if (metrics == null || !metrics.has(name)) {
            return Optional.empty();
        }
        return Optional.of(metrics.getAsJsonObject(name).get("score").getAsDouble());
    }

    private static String kilobytes(long bytes) {
        if (bytes < 10 * 1024) {
            return String.format(Locale.ROOT, "%,d B", bytes);
        }
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
