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
package org.openhab.binding.jellyfin.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.host.Event;
import org.openhab.binding.jellyfin.probe.DemoScenario.DemoFailure;
import org.openhab.binding.jellyfin.probe.InputLines.LineException;
import org.openhab.binding.jellyfin.probe.ProbeOptions.UsageException;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.binding.jellyfin.simulator.SimClock;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * Runs the binding's real handlers (bridge, discovered clients, any thing type of the binding) against the embedded
 * simulator, with a short demo, or against a real server given with {@code --server}, and prints what they report:
 * a live table, or one JSON object per line with {@code --json}. Input lines send commands and call actions (see
 * {@link ProbeOptions#USAGE}).
 * <p>
 * Standard input in demo mode: lines are read while the demo plays and carried out once it has finished (so the demo
 * runs the same every time); then the probe ends, or with {@code --stay} goes on reading until {@code quit} or the end
 * of the input. Against a server the probe follows it until {@code quit}, the end of the input or Ctrl-C.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class JellyfinProbe {

    static final int EXIT_OK = 0;
    static final int EXIT_DEMO_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_UNREACHABLE = 3;

    private static final String PROBE_BRIDGE_ID = "probe";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    /** A line of input, or its end. */
    private record Input(String line, boolean end) {
    }

    private static final Input END = new Input("", true);

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final BlockingQueue<Input> input = new LinkedBlockingQueue<>();

    public JellyfinProbe(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        configureLogging(Arrays.asList(args).contains("--verbose"));
        JellyfinProbe probe = new JellyfinProbe(System.in, System.out, System.err);
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            interrupted.set(true);
            probe.stop();
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "probe-shutdown"));
        int code = probe.run(args);
        done.countDown();
        if (!interrupted.get()) {
            System.exit(code);
        }
    }

    /**
     * Logs go to stderr through the probe's own logback configuration (unless one is given with
     * {@code -Dlogback.configurationFile}): WARN, or DEBUG with {@code --verbose}. Must run before anything logs.
     */
    private static void configureLogging(boolean verbose) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "probe-logback.xml");
        }
        System.setProperty("probe.log.level", verbose ? "DEBUG" : "WARN");
    }

    /** Ends the probe soon: as if the input had ended. */
    public void stop() {
        input.offer(END);
    }

    /**
     * Runs the probe in this thread.
     *
     * @return the exit code: 0 done, 1 the demo did not go as expected, 2 bad arguments, 3 the server is unreachable
     *         or refused the credentials at start
     */
    public int run(String... args) {
        ProbeOptions options;
        List<ExtraThing> extraThings = new ArrayList<>();
        try {
            options = ProbeOptions.parse(args);
            for (String thing : options.extraThings()) {
                extraThings.add(ExtraThing.parse(thing));
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(ProbeOptions.USAGE);
            err.flush();
            return EXIT_USAGE;
        }
        if (options.help()) {
            out.print(ProbeOptions.USAGE);
            out.flush();
            return EXIT_OK;
        }
        Texts texts = Texts.load();
        ProbeOutput output = options.json() ? new JsonOutput(out, texts) : new TableOutput(out, texts);
        startReading();
        JellyfinSimulator sim = options.demo()
                ? JellyfinSimulator.builder(options.dialect()).clock(SimClock.system()).start()
                : null;
        try (ProbeHost host = new ProbeHost()) {
            EventRelay shown = new EventRelay(output);
            host.callback().addListener(shown);
            try {
                return follow(options, extraThings, host, sim, output, shown, texts);
            } finally {
                output.close();
            }
        } finally {
            if (sim != null) {
                sim.close();
            }
            err.flush();
        }
    }

    private int follow(ProbeOptions options, List<ExtraThing> extraThings, ProbeHost host,
            @Nullable JellyfinSimulator sim, ProbeOutput output, EventRelay shown, Texts texts) {
        DemoScenario demo = sim == null ? null : new DemoScenario(sim, host, output, shown);
        SimClient tv = demo == null ? null : demo.prepare();
        Bridge bridge = host.startBridge(demo == null ? PROBE_BRIDGE_ID : DemoScenario.BRIDGE_ID,
                demo == null ? serverConfig(options) : demo.bridgeConfig());
        ThingStatusInfo status = awaitStart(shown, bridge.getUID());
        if (status.getStatus() != ThingStatus.ONLINE) {
            ServerAddress server = options.server();
            String where = server == null ? "the simulator" : server.url();
            err.println("error: cannot follow " + where + ": " + texts.resolve(status.getDescription()) + " ("
                    + status.getStatusDetail() + ")");
            return EXIT_UNREACHABLE;
        }
        for (ExtraThing thing : extraThings) {
            try {
                host.startThing(thing);
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println("error: " + e.getMessage());
            }
        }
        InputLines lines = new InputLines(host, output, shown);
        if (demo != null && tv != null) {
            try {
                demo.play(tv, bridge.getUID());
            } catch (DemoFailure e) {
                err.println("error: " + e.getMessage());
                return EXIT_DEMO_FAILED;
            }
            return options.stay() ? readUntilEnd(lines) : readPending(lines);
        }
        return readUntilEnd(lines);
    }

    private static Map<String, Object> serverConfig(ProbeOptions options) {
        ServerAddress server = options.server();
        Map<String, Object> config = new LinkedHashMap<>(server == null ? Map.of() : server.toConfig());
        config.putAll(options.credentials());
        if (options.insecure()) {
            config.put("verifyCertificate", false);
        }
        return config;
    }

    /** Waits until the bridge is ONLINE or OFFLINE. */
    private static ThingStatusInfo awaitStart(EventRelay shown, ThingUID bridgeUID) {
        Event event = null;
        try {
            event = shown.await(0, e -> e instanceof Event.StatusUpdated update && update.thingUID().equals(bridgeUID)
                    && (update.info().getStatus() == ThingStatus.ONLINE
                            || update.info().getStatus() == ThingStatus.OFFLINE),
                    START_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return event instanceof Event.StatusUpdated update ? update.info()
                : new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                        "no answer within " + START_TIMEOUT.toSeconds() + " s");
    }

    private void startReading() {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    input.add(new Input(line, false));
                }
            } catch (IOException e) {
                err.println("error: reading the input failed: " + e.getMessage());
            }
            input.add(END);
        }, "probe-input");
        reader.setDaemon(true);
        reader.start();
    }

    /** Carries out input lines until {@code quit} or the end of the input. */
    private int readUntilEnd(InputLines lines) {
        try {
            while (true) {
                Input next = input.take();
                if (next.end() || !execute(lines, next.line())) {
                    return EXIT_OK;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_OK;
        }
    }

    /** Carries out the input lines read so far. */
    private int readPending(InputLines lines) {
        for (Input next = input.poll(); next != null && !next.end(); next = input.poll()) {
            if (!execute(lines, next.line())) {
                break;
            }
        }
        return EXIT_OK;
    }

    private boolean execute(InputLines lines, String line) {
        try {
            return lines.execute(line);
        } catch (LineException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return true;
        }
    }
}
