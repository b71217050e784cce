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
 * end-to-end latencies ({@code latency.json}) and the bundle jar's size into the results section of
 * docs/benchmarks.md, with the decision between the hand-written tokenizer and Gson's {@code JsonReader}; written
 * to {@code results.md} next to them and printed, and with a third argument also into that document between its
 * results markers.
 * Fails when a result is missing; targets that are missed are reported, not fatal.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public final class BenchmarkReport {

    private static final String BINDING = "bindingParseAndDiff";
    private static final String JSON_READER = "jsonReaderParseAndDiff";
    private static final String BASELINE = "fullDtoParseAndDiff";
    private static final String UNCHANGED = "unchangedPush";
    private static final int[] SESSION_COUNTS = { 1, 10, 100, 500 };
    /** The session count at which the binding's parser is weighed against the JsonReader variant. */
    private static final int DECISION_SESSIONS = 100;
    /** How much faster than the JsonReader variant the hand-written tokenizer must be to stay. */
    private static final double DECISION_RATIO = 1.5;
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
        md.append("| sessions (playing) | push size | binding µs | MB/s | JsonReader µs | MB/s | full DTO µs | MB/s "
                + "| binding vs JsonReader | binding vs full DTO | JsonReader vs full DTO |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder allocations = new StringBuilder();
        allocations.append("| sessions | binding | JsonReader | full DTO |\n|---|---|---|---|\n");
        Worst binding = new Worst();
        Worst streaming = new Worst();
        double decisionRatio = 0;
        for (int sessions : SESSION_COUNTS) {
            Payloads payloads = Payloads.of(sessions);
            int bytes = payloads.nextBytes();
            JsonObject bindingRun = result(BINDING, sessions);
            JsonObject readerRun = result(JSON_READER, sessions);
            JsonObject baselineRun = result(BASELINE, sessions);
            double bindingUs = score(bindingRun);
            double readerUs = score(readerRun);
            double baselineUs = score(baselineRun);
            binding.add(baselineUs / bindingUs, bytes / bindingUs);
            streaming.add(baselineUs / readerUs, bytes / readerUs);
            if (sessions == DECISION_SESSIONS) {
                decisionRatio = readerUs / bindingUs;
            }
            md.append(String.format(Locale.ROOT,
                    "| %d (%d) | %s | %s | %.0f | %s | %.0f | %s | %.0f | %.2fx | %.1fx | %.1fx |%n", sessions,
                    payloads.playing, kilobytes(bytes), timing(bindingRun), bytes / bindingUs, timing(readerRun),
                    bytes / readerUs, timing(baselineRun), bytes / baselineUs, readerUs / bindingUs,
                    baselineUs / bindingUs, baselineUs / readerUs));
            allocations.append(String.format(Locale.ROOT, "| %d | %s | %s | %s |%n", sessions,
                    kilobytes(alloc(bindingRun)), kilobytes(alloc(readerRun)), kilobytes(alloc(baselineRun))));
        }
        md.append("\nbinding = `MessageParser` (the hand-written `JsonTokenizer`); JsonReader = the same fields read with "
                + "Gson's `JsonReader` and `skipValue()` (`JsonReaderSessionsParser`); full DTO = reflective Gson into "
                + "full DTO trees. All three are diffed after parsing. µs per push: median / 90th percentile / mean of the "
                + "sampled calls; MB/s and the ratios (how many times faster the first is) from the medians, "
                + "1 MB = 10^6 bytes.\n\n");
        md.append("Allocated per push (JMH `-prof gc` `gc.alloc.rate.norm`):\n\n").append(allocations).append('\n');
        md.append("### Hand-written tokenizer or Gson's `JsonReader`\n\n");
        boolean keep = decisionRatio >= DECISION_RATIO;
        md.append(String.format(Locale.ROOT,
                "At %d sessions the binding's parse+diff is %.2fx faster than the JsonReader variant (medians); "
                        + "the rule keeps the hand-written tokenizer at %.1fx or more. Decision: %s%n%n",
                DECISION_SESSIONS, decisionRatio, DECISION_RATIO,
                keep ? "the hand-written tokenizer stays."
                        : "**the parsers move to `JsonReader`** and the tokenizer classes go."));
        verdict("parse+diff at least 3x faster than the full-DTO baseline", binding.speedUp >= 3,
                String.format(Locale.ROOT, "%.1fx at the worst size (JsonReader variant: %.1fx)", binding.speedUp,
                        streaming.speedUp));
        verdict("parse+diff at least 300 MB/s", binding.throughput >= 300,
                String.format(Locale.ROOT, "%.0f MB/s at the worst size (JsonReader variant: %.0f MB/s)",
                        binding.throughput, streaming.throughput));

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

        latency.render(md, this::verdict);
        md.append("### Bundle\n\n").append(String.format(Locale.ROOT,
                "The bundle jar is %s (%d bytes), a figure, not a target.%n%n", kilobytes(bundleBytes), bundleBytes));
        md.append("### Targets\n\n| target | measured | met |\n|---|---|---|\n");
        verdicts.forEach(md::append);
        return md.toString();
    }

    /** The worst ratio to the full-DTO baseline and the lowest throughput of one variant over the sizes. */
    private static final class Worst {
        double speedUp = Double.MAX_VALUE;
        double throughput = Double.MAX_VALUE;

        void add(double speedUp, double throughput) {
            this.speedUp = Math.min(this.speedUp, speedUp);
            this.throughput = Math.min(this.throughput, throughput);
        }
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
