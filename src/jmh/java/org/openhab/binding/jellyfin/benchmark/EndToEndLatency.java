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

import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.Event;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.PushListener;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.binding.jellyfin.simulator.SimScript;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.GsonBuilder;

/**
 * End-to-end latencies of the binding against the embedded simulator (Jellyfin 10.11, real Jetty on loopback,
 * scripted clock so that no periodic progress push interferes), with 1 and 100 sessions on the server:
 * <ul>
 * <li>push → channel: from the simulator handing a {@code Sessions} push to its socket (its push listener) to
 * the client thing's {@code play-state} reaching the callback, one simulated client paused and resumed in turn;
 * </li>
 * <li>loopback: the same pushes to a raw Jetty WebSocket client that only notes their arrival;</li>
 * <li>command → request: from {@code handleCommand} (a {@code volume} command through the thing host) to the
 * simulator taking the request ({@link RecordedRequest#arrivalNanos()}).</li>
 * </ul>
 * Every series waits for the previous sample's effect to settle and pauses {@value #GAP_MS} ms between samples,
 * as separate user actions would. Writes {@code latency.json} for {@link BenchmarkReport}.
 * Arguments: output file, warm-up samples, measured samples.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public final class EndToEndLatency {

    static final int[] SESSION_COUNTS = { 1, 100 };
    private static final int GAP_MS = 5;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final int warmUp;
    private final int samples;

    private EndToEndLatency(int warmUp, int samples) {
        this.warmUp = warmUp;
        this.samples = samples;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/latency.json");
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        EndToEndLatency benchmark = new EndToEndLatency(warmUp, samples);
        Map<String, Object> results = new LinkedHashMap<>();
        for (int sessions : SESSION_COUNTS) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("sessions", sessions);
            benchmark.loopback(sessions, result);
            benchmark.binding(sessions, result);
            results.put(String.valueOf(sessions), result);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(results),
                StandardCharsets.UTF_8);
        // a thread a stopped Jetty client is still winding down must not keep the build waiting
        System.exit(0);
    }

    /** A simulator with {@code sessions} sessions: the measured client "tv-1" playing, one other in five too. */
    private static Scene scene(int sessions) {
        JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_11).strict(false).start();
        SimClient tv = sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add();
        tv.play("film-1");
        List<SimClient> others = sim.addClients(sessions - 1);
        for (int i = 0; i < others.size(); i += 5) {
            others.get(i).play("film-2");
        }
        return new Scene(sim, tv);
    }

    private record Scene(JellyfinSimulator sim, SimClient tv) implements AutoCloseable {
        /** Pauses or resumes the measured client; the simulator pushes at once. */
        void toggle(int sample) {
            if (sample % 2 == 0) {
                tv.pause();
            } else {
                tv.resume();
            }
        }

        @Override
        public void close() {
            sim.close();
        }
    }

    private void loopback(int sessions, Map<String, Object> result) throws Exception {
        try (Scene scene = scene(sessions); LoopbackSocket socket = LoopbackSocket
                .subscribe(scene.sim().webSocketUrl(), SimScript.authorization(scene.sim().login("alice", "raw")))) {
            AtomicLong sent = new AtomicLong();
            scene.sim().addPushListener(sessionsPushes(sent));
            LatencySamples latencies = new LatencySamples(warmUp, samples);
            int bytes = 0;
            for (int i = 0; i < latencies.total(); i++) {
                scene.toggle(i);
                LoopbackSocket.Arrival arrival = socket.next();
                latencies.add(arrival.nanoTime() - sent.get());
                bytes = arrival.bytes();
                TimeUnit.MILLISECONDS.sleep(GAP_MS);
            }
            result.put("sessionsInPush", scene.sim().sessions().size());
            result.put("pushBytes", bytes);
            result.put("loopback", latencies.summary());
        }
    }

    private void binding(int sessions, Map<String, Object> result) throws Exception {
        try (Scene scene = scene(sessions); BindingHost host = new BindingHost()) {
            JellyfinSimulator sim = scene.sim();
            RecordingCallback callback = host.callback();
            Bridge bridge = host.startBridge("srv", Map.of("hostname", "127.0.0.1", "port", sim.port(), "userName",
                    "alice", "password", "alice-secret"));
            callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
            Thing client = host.startThing(THING_TYPE_CLIENT, bridge.getUID(), "tv-1", Map.of("deviceId", "tv-1"));
            ChannelUID playState = new ChannelUID(client.getUID(), CHANNEL_PLAY_STATE);
            ChannelUID volume = new ChannelUID(client.getUID(), CHANNEL_VOLUME);
            callback.awaitStateEquals(playState, new StringType("PLAYING"), WAIT);
            result.put("push", push(scene, callback, playState));
            result.put("command", command(scene, host, volume));
        }
    }

    private Map<String, Object> push(Scene scene, RecordingCallback callback, ChannelUID playState)
            throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        PushListener pushes = sessionsPushes(sent);
        BlockingQueue<Long> updates = new LinkedBlockingQueue<>();
        AtomicReference<State> expected = new AtomicReference<>(UnDefType.NULL);
        Consumer<Event> listener = event -> {
            if (event instanceof Event.StateUpdated update && update.channelUID().equals(playState)
                    && update.state().equals(expected.get())) {
                updates.add(System.nanoTime());
            }
        };
        scene.sim().addPushListener(pushes);
        callback.addListener(listener);
        LatencySamples latencies = new LatencySamples(warmUp, samples);
        for (int i = 0; i < latencies.total(); i++) {
            expected.set(new StringType(i % 2 == 0 ? "PAUSED" : "PLAYING"));
            scene.toggle(i);
            Long updated = updates.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (updated == null) {
                throw new IllegalStateException("play-state not " + expected + " within " + WAIT + " at sample " + i);
            }
            latencies.add(updated - sent.get());
            TimeUnit.MILLISECONDS.sleep(GAP_MS);
        }
        callback.removeListener(listener);
        scene.sim().removePushListener(pushes);
        return latencies.summary();
    }

    private Map<String, Object> command(Scene scene, BindingHost host, ChannelUID volume)
            throws InterruptedException {
        Req setVolume = Req.post("/Sessions/" + scene.tv().id() + "/Command");
        RecordingCallback callback = host.callback();
        LatencySamples latencies = new LatencySamples(warmUp, samples);
        for (int i = 0; i < latencies.total(); i++) {
            PercentType level = new PercentType(30 + i % 2);
            scene.sim().requests().clear();
            long start = System.nanoTime();
            host.things().send(volume, level);
            RecordedRequest request = scene.sim().requests().await(setVolume, WAIT);
            latencies.add(request.arrivalNanos() - start);
            callback.awaitStateEquals(volume, level, WAIT);
            TimeUnit.MILLISECONDS.sleep(GAP_MS);
        }
        return latencies.summary();
    }

    /** Notes the time of each {@code Sessions} push the simulator is about to send. */
    private static PushListener sessionsPushes(AtomicLong sent) {
        return (type, nanoTime) -> {
            if ("Sessions".equals(type)) {
                sent.set(nanoTime);
            }
        };
    }
}
