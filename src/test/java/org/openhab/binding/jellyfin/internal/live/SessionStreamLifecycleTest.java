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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.live.StreamHarness.Auth;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimClient;

/**
 * Starting and stopping: stop() leaves no job, no socket and no listener call behind, also after a hundred
 * cycles against a server that comes and goes.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionStreamLifecycleTest {

    private static final Duration SETTLE = StreamHarness.WAIT;

    @Test
    void whenStoppedThenNoCallbackFollowsAndNothingIsLeftRunning() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            SessionStream stream = h.startConnected(StreamHarness.fast(), State.LIVE);

            stream.stop();
            h.awaitSchedulerDone();
            h.listener.stopped();
            awaitEquals(0, h.sim::openSockets, "open sockets");
            awaitEquals(0, h::pendingJobs, "scheduled jobs");
            RecordingStreamListener control = new RecordingStreamListener();
            h.stream(StreamHarness.fast(), control).start();
            control.awaitStatus(State.LIVE, 0, StreamHarness.WAIT);
            int controlStatuses = control.statusCount();
            tv.play("film-1");
            control.awaitDiff(0, d -> d.forSession(tv.id()) != null
                    && d.forSession(tv.id()).has(SessionEvent.PLAYBACK_STARTED), StreamHarness.WAIT);
            h.sim.restart();

            // a running stream on the same scheduler saw the playback and the restart and is live again
            control.awaitStatus(State.INTERRUPTED, controlStatuses, StreamHarness.WAIT);
            control.awaitStatus(State.LIVE, controlStatuses, StreamHarness.WAIT);
            h.awaitSchedulerDone();
            assertEquals(0, h.listener.lateCalls());
            assertEquals(3, h.upgrades(), "one socket of the stopped stream, two of the running one");
        }
    }

    @Test
    void whenStartedAgainAfterStopThenTheStreamIsLiveWithoutRepeatingKnownSessions() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.EMBY_4_8), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add().play("film-1");
            SessionStream stream = h.startConnected(StreamHarness.fast(), State.LIVE);
            h.listener.awaitDiff(0, d -> d.forSession(tv.id()) != null, StreamHarness.WAIT);
            stream.stop();
            int statuses = h.listener.statusCount();
            int diffs = h.listener.diffCount();

            stream.start();
            h.listener.awaitStatus(State.LIVE, statuses, StreamHarness.WAIT);
            tv.pause();

            DiffResult paused = h.listener.awaitDiff(diffs, d -> d.forSession(tv.id()) != null, StreamHarness.WAIT);
            assertEquals(java.util.Set.of(SessionEvent.PAUSED),
                    java.util.Objects.requireNonNull(paused.forSession(tv.id())).events());
            assertEquals(List.of(State.CONNECTING, State.LIVE),
                    h.listener.states().subList(statuses, h.listener.statusCount()));
        }
    }

    @Test
    void whenStartedAndStoppedAHundredTimesThenThreadsSocketsAndJobsAreBackToTheStart() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_10), Auth.ADMIN)) {
            StreamSettings settings = StreamHarness.fast().withBackoff(attempt -> Duration.ofMillis(5));
            SessionStream warmUp = h.startConnected(settings, State.LIVE);
            warmUp.stop();
            awaitEquals(0, h.sim::openSockets, "open sockets after the warm-up");
            Map<String, Integer> threads = clientThreads();
            SessionStream stream = h.stream(settings);
            Random random = new Random(7);

            for (int cycle = 0; cycle < 100; cycle++) {
                if (cycle % 25 == 10) {
                    h.sim.stop();
                } else if (cycle % 25 == 20) {
                    h.sim.restart();
                }
                h.listener.started();
                stream.start();
                // stops land at random points of connecting, subscribing and running; each point must be clean
                Thread.sleep(random.nextInt(20));
                stream.stop();
                h.awaitSchedulerDone();
                h.listener.stopped();
            }

            awaitEquals(0, h.sim::openSockets, "open sockets");
            awaitEquals(0, h::pendingJobs, "scheduled jobs");
            awaitNoThreadAdded(threads);
            h.awaitSchedulerDone();
            assertEquals(0, h.listener.lateCalls(), "listener calls after stop()");
            assertTrue(h.upgrades() > 20, "many cycles reached the server: " + h.upgrades());
        }
    }

    /**
     * Threads of the test's side, by name: the simulator's own (its pools and connector schedulers, new with each
     * restart), the common pool and openHAB's shared pools (which other tests' things use) are not counted.
     */
    private static Map<String, Integer> clientThreads() {
        Map<String, Integer> groups = new TreeMap<>();
        Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> !n.startsWith("sim-") && !n.startsWith("Connector-Scheduler")
                        && !n.startsWith("ForkJoinPool") && !n.startsWith("OH-"))
                .forEach(n -> groups.merge(n.replaceAll("@[0-9a-fA-F]+", "@").replaceAll("\\d+", "#"), 1,
                        Integer::sum));
        return groups;
    }

    /**
     * Waits until no group of threads (by name without numbers) has more threads than before: a leak is a thread
     * the cycles added, while idle threads of other pools may end meanwhile and leave fewer than before.
     */
    private static void awaitNoThreadAdded(Map<String, Integer> before) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Map<String, Integer> added = added(before, clientThreads());
        while (!added.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            added = added(before, clientThreads());
        }
        assertEquals(Map.of(), added, "threads added outside the simulator, by name: " + threadNames());
    }

    private static Map<String, Integer> added(Map<String, Integer> before, Map<String, Integer> now) {
        Map<String, Integer> added = new TreeMap<>();
        now.forEach((name, count) -> {
            int more = count - before.getOrDefault(name, 0);
            if (more > 0) {
                added.put(name, more);
            }
        });
        return added;
    }

    private static void awaitEquals(int expected, IntSupplier actual, String what) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        int value = actual.getAsInt();
        while (value != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
            value = actual.getAsInt();
        }
        assertEquals(expected, value, what + ": " + threadNames());
    }

    private static String threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList().toString();
    }
}
