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

import static org.junit.jupiter.api.Assertions.fail;
import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * What the end-to-end fault tests share: bridge configurations, free ports, socket upgrade counts and status checks.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class Faults {

    /**
     * How long a test waits for something that must happen: generous, because a busy machine only makes it come
     * later; a test never waits this long unless it fails.
     */
    static final Duration WAIT = Duration.ofSeconds(30);

    private Faults() {
    }

    /** A bridge that logs in as the simulator's administrator, polling every second where it must poll. */
    static Map<String, Object> userConfig(int port) {
        Map<String, Object> config = new HashMap<>();
        config.put("hostname", "127.0.0.1");
        config.put("port", port);
        config.put("userName", "alice");
        config.put("password", "alice-secret");
        config.put("refreshSeconds", 1);
        return config;
    }

    static Map<String, Object> apiKeyConfig(int port, String apiKey) {
        Map<String, Object> config = new HashMap<>();
        config.put("hostname", "127.0.0.1");
        config.put("port", port);
        config.put("token", apiKey);
        config.put("refreshSeconds", 1);
        return config;
    }

    /** @return a TCP port nobody listens on right now */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int upgrades(JellyfinSimulator sim) {
        return sim.requests().count(Req.get(sim.dialect().isEmby() ? "/embywebsocket" : "/socket"));
    }

    static ChannelUID channel(Thing thing, String id) {
        return new ChannelUID(thing.getUID(), id);
    }

    static long startedTriggers(RecordingCallback callback, Thing client) {
        return callback.triggers(channel(client, CHANNEL_PLAYBACK_EVENT)).stream().filter("STARTED"::equals).count();
    }

    static boolean offline(ThingStatusInfo info, ThingStatusDetail detail) {
        return info.getStatus() == ThingStatus.OFFLINE && info.getStatusDetail() == detail;
    }

    /** @return the statuses of a thing recorded after the first {@code from} ones */
    static List<ThingStatusInfo> statusesSince(RecordingCallback callback, ThingUID thing, int from) {
        List<ThingStatusInfo> all = callback.statuses(thing);
        return all.subList(Math.min(from, all.size()), all.size());
    }

    /**
     * @return the jobs on the handlers' scheduler, waiting or running: the binding's timers and retries all run there
     */
    static int handlerJobs() {
        ScheduledExecutorService pool = ThreadPoolManager.getScheduledPool("thingHandler");
        // openHAB hands out a ThreadPoolExecutor whose queue is the shared scheduled pool's, the stand-in too
        if (pool instanceof ThreadPoolExecutor executor) {
            return executor.getQueue().size() + executor.getActiveCount();
        }
        throw new AssertionError("cannot count the jobs of the handlers' scheduler: " + pool.getClass());
    }

    /**
     * Waits until the binding can do nothing more by itself: no job on the handlers' scheduler beyond the
     * {@code baseline} ones of earlier tests, and every request the simulator received answered. From then on no
     * request can come, so "nothing more happened" can be asserted at once instead of after a quiet while.
     *
     * @throws AssertionError when a job stays (a retry or timer that must not be there)
     */
    static void awaitIdle(JellyfinSimulator sim, int baseline) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (handlerJobs() > baseline || sim.requests().all().stream().anyMatch(r -> r.status() == 0)) {
            if (System.nanoTime() > deadline) {
                fail(handlerJobs() + " jobs on the handlers' scheduler (" + baseline + " before the test), requests: "
                        + sim.requests().dump());
            }
            pause(Duration.ofMillis(20));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
