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
package org.openhab.binding.jellyfin.reliability;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.THING_TYPE_CLIENT;
import static org.openhab.binding.jellyfin.reliability.Faults.*;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;

/**
 * A hundred starts and stops of the bridge, some after it came online, some in the middle of connecting, with the
 * server going away and coming back in between, and client things of a playing device coming and going: afterwards
 * no thread, socket or scheduled job is left over.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class LifecycleLeakTest {

    private static final int CYCLES = 100;
    private static final Duration SETTLE = WAIT;

    @RegisterExtension
    final SecretsInLogsWatch secrets = new SecretsInLogsWatch();

    @Test
    void whenTheBridgeIsStartedAndStoppedAHundredTimesThenNoThreadSocketOrJobIsLeftOver() {
        Random random = new Random(7);
        try (JellyfinSimulator sim = secrets.watch(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
                BindingHost host = new BindingHost()) {
            Map<String, Object> config = userConfig(sim.port());
            cycle(host, config, true);
            Map<String, Integer> baseline = settled(Map.of());
            int jobsBefore = scheduledJobs();
            long start = System.nanoTime();
            int online = 0;

            for (int i = 0; i < CYCLES; i++) {
                if (i % 20 == 10) {
                    sim.stop();
                } else if (i % 20 == 0 && !sim.isRunning()) {
                    sim.restart();
                }
                boolean awaitOnline = sim.isRunning() && i % 2 == 0;
                if (!awaitOnline) {
                    config.put("refreshSeconds", 1 + random.nextInt(3));
                }
                online += cycle(host, config, awaitOnline) ? 1 : 0;
                if (!awaitOnline) {
                    pause(Duration.ofMillis(random.nextInt(30)));
                }
            }
            if (!sim.isRunning()) {
                sim.restart();
            }

            long cyclesMillis = (System.nanoTime() - start) / 1_000_000;
            Map<String, Integer> after = settled(baseline);
            // a leak is a thread the cycles added; idle pool threads of earlier tests may end meanwhile
            assertEquals(Map.of(), grown(baseline, after), "threads added by the cycles, by name");
            awaitZeroOpenSockets(sim);
            assertEquals(jobsBefore, drainedJobs(jobsBefore),
                    () -> "jobs left on the handlers' scheduler: " + jobDelays());
            assertTrue(online >= 25, "cycles that came online: " + online);
            Figures.record("100 init/dispose cycles", CYCLES + " cycles (" + online + " reached ONLINE, the server "
                    + "down in 50) in " + cyclesMillis + " ms; threads " + total(baseline) + " before, "
                    + total(after) + " after; open sockets 0; scheduled jobs " + jobsBefore + " before, "
                    + scheduledJobs() + " after");
        }
    }

    @Test
    void whenClientThingsOfAPlayingDeviceAreStartedAndStoppedThenNoPositionJobOutlivesThem() {
        try (JellyfinSimulator sim = secrets.watch(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
                BindingHost host = new BindingHost()) {
            sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add().play("film-1");
            int jobsBefore = drainedJobs(0);
            Bridge bridge = host.startBridge("srv", userConfig(sim.port()));
            host.callback().awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);

            for (int i = 0; i < 40; i++) {
                Thing client = host.startThing(THING_TYPE_CLIENT, bridge.getUID(), "tv-1",
                        Map.of("deviceId", "tv-1"));
                if (i % 4 == 0) {
                    host.callback().awaitStatus(client.getUID(), ThingStatus.ONLINE, WAIT);
                }
                host.things().stop(client.getUID());
                host.callback().unregister(client.getUID());
            }
            host.things().stop(bridge.getUID());

            assertEquals(jobsBefore, drainedJobs(jobsBefore),
                    () -> "jobs left after 40 client things and their bridge came and went: " + jobDelays());
            Figures.record("40 client things of a playing device started and stopped", "scheduled jobs "
                    + jobsBefore + " before, " + scheduledJobs() + " after (position updates included)");
        }
    }

    /** Starts the bridge, waits for ONLINE if asked, and stops it. @return whether it was ONLINE */
    private static boolean cycle(BindingHost host, Map<String, Object> config, boolean awaitOnline) {
        Bridge bridge = host.startBridge("cycle", config);
        boolean online = false;
        if (awaitOnline) {
            host.callback().awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
            online = true;
        }
        host.things().stop(bridge.getUID());
        host.callback().unregister(bridge.getUID());
        return online;
    }

    /** @return live threads grouped by name without numbers and hashes, once they settle towards the baseline */
    /** The thread names whose count is higher than before, with how many more. */
    private static Map<String, Integer> grown(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> grown = new java.util.TreeMap<>();
        after.forEach((name, count) -> {
            int more = count - before.getOrDefault(name, 0);
            if (more > 0) {
                grown.put(name, more);
            }
        });
        return grown;
    }

    private static Map<String, Integer> settled(Map<String, Integer> baseline) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Map<String, Integer> now = threadsByName();
        while (System.nanoTime() < deadline && (baseline.isEmpty() || !grown(baseline, now).isEmpty())) {
            pause(Duration.ofMillis(baseline.isEmpty() ? 2_000 : 200));
            Map<String, Integer> next = threadsByName();
            if (baseline.isEmpty() && next.equals(now)) {
                return next;
            }
            now = next;
        }
        return now;
    }

    private static Map<String, Integer> threadsByName() {
        Map<String, Integer> groups = new TreeMap<>();
        Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).filter(t -> !isNotTheBindings(t))
                .forEach(t -> groups.merge(t.getName().replaceAll("@[0-9a-fA-F]+", "@").replaceAll("\\d+", "#"), 1,
                        Integer::sum));
        return groups;
    }

    /**
     * The simulator's own Jetty threads come and go with its restarts, and openHAB's shared pools ({@code OH-...},
     * the handlers' scheduler among them) grow to their fixed size on demand and shrink after a minute idle: neither
     * are the binding's.
     */
    private static boolean isNotTheBindings(Thread thread) {
        return thread.getName().startsWith("sim-") || thread.getName().startsWith("Connector-Scheduler")
                || thread.getName().startsWith("OH-");
    }

    private static int total(Map<String, Integer> groups) {
        return groups.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return the jobs on the scheduler once one-shot timers of the last cycles ran out (recurring ones do not) */
    private static int drainedJobs(int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (scheduledJobs() > expected && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(100));
        }
        return scheduledJobs();
    }

    private static int scheduledJobs() {
        ScheduledExecutorService pool = ThreadPoolManager.getScheduledPool("thingHandler");
        // openHAB hands out a ThreadPoolExecutor whose queue is the shared scheduled pool's, the stand-in too
        if (pool instanceof ThreadPoolExecutor executor) {
            return executor.getQueue().size();
        }
        throw new AssertionError("cannot count the jobs of the handlers' scheduler: " + pool.getClass());
    }

    private static String jobDelays() {
        ScheduledExecutorService pool = ThreadPoolManager.getScheduledPool("thingHandler");
        if (!(pool instanceof ThreadPoolExecutor executor)) {
            return "";
        }
        return executor.getQueue().stream()
                .map(r -> r instanceof ScheduledFuture<?> f ? f.getDelay(TimeUnit.MILLISECONDS) + " ms" : r.toString())
                .toList().toString();
    }

    private static void awaitZeroOpenSockets(JellyfinSimulator sim) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sim.openSockets() > 0 && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(50));
        }
        assertEquals(0, sim.openSockets(), "sockets the simulator still holds open");
    }
}
