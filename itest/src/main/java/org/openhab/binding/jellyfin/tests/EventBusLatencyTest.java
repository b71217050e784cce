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
package org.openhab.binding.jellyfin.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.PushListener;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.items.PlayerItem;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.link.ItemChannelLink;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.osgi.framework.Bundle;

import com.google.gson.GsonBuilder;

/**
 * Latencies in the real runtime, with 1 and 100 sessions on the simulated server (Jellyfin 10.11, scripted clock:
 * no periodic progress push comes in between), a Player item linked to the client's {@code media-control}:
 * <ul>
 * <li>push → item state: from the simulator handing the {@code Sessions} push that a pause or resume causes to its
 * socket, to the item's {@code ItemStateChangedEvent} arriving at a subscriber of openHAB's event bus (Jetty,
 * the binding, openHAB's CommunicationManager, the ItemStateEvent on the bus, openHAB's ItemUpdater, the
 * ItemStateChangedEvent on the bus);</li>
 * <li>command → request: from posting the item's {@code ItemCommandEvent} (PAUSE or PLAY) on the event bus to the
 * simulator taking the binding's request.</li>
 * </ul>
 * Each sample waits for its effect before the next, with a short pause between samples as separate user actions
 * would have. Every sample is checked; the figures are written to the file named by the framework property
 * {@code jellyfin.itest.figures} and printed. No timing is asserted: how fast a busy machine is, is a figure.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@ExtendWith(ResultLines.class)
public class EventBusLatencyTest {

    private static final int[] SESSION_COUNTS = { 1, 100 };
    private static final int GAP_MS = 5;
    private static final String ITEM = "Latency_Control";

    private final int warmUp = intProperty("jellyfin.itest.latency.warmup", 300);
    private final int samples = intProperty("jellyfin.itest.latency.samples", 1000);
    private final ItemRegistry items = Framework.service(ItemRegistry.class);
    private final ItemChannelLinkRegistry links = Framework.service(ItemChannelLinkRegistry.class);
    private final EventPublisher bus = Framework.service(EventPublisher.class);

    @Test
    void pushToItemStateAndCommandToRequestAreMeasured() throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("openhab", coreVersion());
        figures.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("loadAverageBefore", loadAverage());
        figures.put("warmUp", warmUp);
        figures.put("samples", samples);
        for (int sessions : SESSION_COUNTS) {
            Map<String, Object> series = measure(sessions);
            figures.put(sessions + " sessions", series);
            System.out.println("openHAB " + coreVersion() + ", " + sessions + " session(s): " + series);
        }
        figures.put("loadAverageAfter", loadAverage());
        String target = Framework.property("jellyfin.itest.figures");
        Path out = Path.of(target == null ? "itest-latency.json" : target);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(figures), StandardCharsets.UTF_8);
    }

    private Map<String, Object> measure(int sessions) {
        Map<String, Object> result = new LinkedHashMap<>();
        try (EventLog events = EventLog.open();
                ServerScene scene = new ServerScene(Dialect.JELLYFIN_10_11, "latency-" + sessions, sessions)) {
            scene.online(events);
            int mark = events.mark();
            items.add(new PlayerItem(ITEM));
            links.add(new ItemChannelLink(ITEM, scene.channel("media-control")));
            try {
                events.awaitItemState(ITEM, PlayPauseType.PLAY, mark);
                result.put("sessionsInPush", scene.sim.sessions().size());
                result.put("push", push(scene, events));
                result.put("command", command(scene, events));
            } finally {
                links.removeLinksForItem(ITEM);
                items.remove(ITEM);
            }
        }
        return result;
    }

    /** Pauses and resumes the simulated client in turn; each change makes the server push the sessions at once. */
    private Map<String, Object> push(ServerScene scene, EventLog events) {
        AtomicLong sent = new AtomicLong();
        PushListener firstSessionsPush = (type, nanoTime) -> {
            if ("Sessions".equals(type)) {
                sent.compareAndSet(0, nanoTime);
            }
        };
        scene.sim.addPushListener(firstSessionsPush);
        long[] latencies = new long[warmUp + samples];
        boolean paused = false;
        for (int i = 0; i < latencies.length; i++) {
            paused = !paused;
            sent.set(0);
            int mark = events.mark();
            if (paused) {
                scene.tv.pause();
            } else {
                scene.tv.resume();
            }
            long received = events.awaitItemState(ITEM, paused ? PlayPauseType.PAUSE : PlayPauseType.PLAY, mark)
                    .nanoTime();
            assertNotEquals(0, sent.get(), "the server pushed the sessions at sample " + i);
            latencies[i] = received - sent.get();
            pause();
        }
        scene.sim.removePushListener(firstSessionsPush);
        if (paused) {
            int mark = events.mark();
            scene.tv.resume();
            events.awaitItemState(ITEM, PlayPauseType.PLAY, mark);
        }
        return summary(latencies);
    }

    /** PAUSE and PLAY in turn, posted on the event bus, until the server takes the request. */
    private Map<String, Object> command(ServerScene scene, EventLog events) {
        ChannelUID playbackEvent = scene.channel("playback-event");
        String session = "/Sessions/" + scene.tv.id() + "/Playing/";
        long[] latencies = new long[warmUp + samples];
        for (int i = 0; i < latencies.length; i++) {
            boolean pause = i % 2 == 0;
            scene.sim.requests().clear();
            int mark = events.mark();
            long start = System.nanoTime();
            bus.post(ItemEventFactory.createCommandEvent(ITEM, pause ? PlayPauseType.PAUSE : PlayPauseType.PLAY));
            RecordedRequest request = scene.sim.requests().await(Req.post(session + (pause ? "Pause" : "Unpause")),
                    Framework.WAIT);
            latencies[i] = request.arrivalNanos() - start;
            // the server carried it out and the binding has seen its push before the next command
            events.awaitTrigger(playbackEvent, pause ? "PAUSED" : "RESUMED", mark);
            pause();
        }
        return summary(latencies);
    }

    /** Median, 99th percentile, mean and maximum of the measured samples (after the warm-up), in µs. */
    private Map<String, Object> summary(long[] all) {
        long[] measured = Arrays.copyOfRange(all, warmUp, all.length);
        Arrays.sort(measured);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", measured.length);
        summary.put("p50Micros", micros(percentile(measured, 0.50)));
        summary.put("p99Micros", micros(percentile(measured, 0.99)));
        summary.put("meanMicros", micros(Math.round(Arrays.stream(measured).average().orElse(0))));
        summary.put("maxMicros", micros(measured[measured.length - 1]));
        return summary;
    }

    /** Nearest rank: the smallest sample with at least this fraction of the samples at or below it. */
    private static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double micros(long nanos) {
        return Math.round(nanos / 100.0) / 10.0;
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(GAP_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String coreVersion() {
        for (Bundle bundle : Framework.context().getBundles()) {
            if ("org.openhab.core".equals(bundle.getSymbolicName())) {
                return bundle.getVersion().toString();
            }
        }
        return "unknown";
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as Linux reports them; other builds share it. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static int intProperty(String name, int fallback) {
        String value = Framework.property(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
