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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.Credentials;
import org.openhab.binding.jellyfin.internal.api.HttpExecutor;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.ServerDialect;
import org.openhab.binding.jellyfin.internal.api.ServerProbe;
import org.openhab.binding.jellyfin.internal.api.dto.AuthenticationResult;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimAccounts;

/**
 * A session stream wired to a simulator the way the bridge does it: Jetty HTTP and WebSocket clients with fixed
 * thread pools, a scheduled executor of the test's own, the dialect detected from the server and the
 * credentials of one of the seeded accounts. Timings default to milliseconds.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class StreamHarness implements AutoCloseable {

    /**
     * How long a test waits for something that must happen: generous, because a busy machine only makes it come
     * later; a test never waits this long unless it fails.
     */
    static final Duration WAIT = Duration.ofSeconds(30);

    /** Which seeded account the stream uses. */
    enum Auth {
        ADMIN,
        USER,
        API_KEY
    }

    final JellyfinSimulator sim;
    final HttpClient http;
    final WebSocketClient webSocket;
    final ScheduledThreadPoolExecutor scheduler;
    final JellyfinClient client;
    final boolean administrator;
    final @Nullable String token;
    final RecordingStreamListener listener = new RecordingStreamListener();
    private final List<SessionStream> streams = new ArrayList<>();
    private final AtomicInteger keepAliveEchoes = new AtomicInteger();

    private StreamHarness(JellyfinSimulator sim, Auth auth) throws Exception {
        this.sim = sim;
        sim.addPushListener((type, nanos) -> {
            if ("KeepAlive".equals(type)) {
                keepAliveEchoes.incrementAndGet();
            }
        });
        QueuedThreadPool pool = new QueuedThreadPool(16, 16);
        pool.setName("stream-test-http");
        pool.setDaemon(true);
        http = new HttpClient();
        http.setExecutor(pool);
        http.start();
        webSocket = new WebSocketClient(http);
        webSocket.start();
        scheduler = new ScheduledThreadPoolExecutor(2);
        scheduler.prestartAllCoreThreads();
        HttpExecutor executor = new HttpExecutor(http, URI.create(sim.serverUrl()));
        ServerDialect dialect = ServerProbe.detectDialect(executor).get(30, TimeUnit.SECONDS);
        JellyfinClient anonymous = new JellyfinClient(executor, dialect,
                new ClientIdentity("openHAB", "Stream test", "stream-test", "5.1"), null);
        if (auth == Auth.API_KEY) {
            client = anonymous.withCredentials(Credentials.apiKey(SimAccounts.API_KEY, null));
            administrator = true;
            token = null;
        } else {
            boolean admin = auth == Auth.ADMIN;
            AuthenticationResult login = anonymous.login(admin ? SimAccounts.ADMIN_NAME : SimAccounts.USER_NAME,
                    admin ? SimAccounts.ADMIN_PASSWORD : SimAccounts.USER_PASSWORD).get(30, TimeUnit.SECONDS);
            client = anonymous.withCredentials(Credentials.userToken(login.getAccessToken(), login.getUserId()));
            administrator = admin;
            token = login.getAccessToken();
        }
    }

    static StreamHarness start(JellyfinSimulator sim, Auth auth) throws Exception {
        try {
            return new StreamHarness(sim, auth);
        } catch (Exception | AssertionError e) {
            sim.close();
            throw e;
        }
    }

    /** Settings in milliseconds: pushes every 200 ms, a 20 ms backoff, nothing else due during a test. */
    static StreamSettings fast() {
        return StreamSettings.defaults().withPushInterval(Duration.ofMillis(200))
                .withPollInterval(Duration.ofSeconds(20)).withSubscriptionGrace(Duration.ofSeconds(20))
                .withOfflineThreshold(Duration.ofSeconds(20)).withKeepAliveInterval(Duration.ofSeconds(10))
                .withWatchdog(Duration.ofSeconds(20)).withConnectTimeout(Duration.ofSeconds(1))
                .withBackoff(attempt -> Duration.ofMillis(20));
    }

    SessionStream stream(StreamSettings settings) {
        return stream(settings, listener);
    }

    /** A stream of its own listener, on the same client, socket client and scheduler. */
    SessionStream stream(StreamSettings settings, SessionStreamListener streamListener) {
        SessionStream stream = new SessionStream(client, administrator, webSocket, scheduler, settings,
                streamListener);
        streams.add(stream);
        return stream;
    }

    /** Starts a stream and waits until it is subscribed (or polling) and has the first session list. */
    SessionStream startConnected(StreamSettings settings, SessionStream.State expected) throws Exception {
        SessionStream stream = stream(settings);
        stream.start();
        listener.awaitStatus(expected, 0, WAIT);
        sim.requests().await(Req.get("/Sessions"), WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (stream.currentSnapshot().receivedAt().equals(java.time.Instant.EPOCH)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no first session list");
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return stream;
    }

    /**
     * Waits until every task the scheduler was running when this was called has ended: one task per scheduler
     * thread, each waiting for all the others, can only all run once every thread has left what it was doing. The
     * stream does all its work, listener calls included, in tasks on this scheduler.
     */
    void awaitSchedulerDone() throws Exception {
        int threads = scheduler.getCorePoolSize();
        CountDownLatch all = new CountDownLatch(threads);
        List<Future<?>> barriers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            barriers.add(scheduler.submit(() -> {
                all.countDown();
                return all.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }));
        }
        for (Future<?> barrier : barriers) {
            if (!Boolean.TRUE.equals(barrier.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))) {
                throw new AssertionError("a scheduler thread stayed busy for " + WAIT);
            }
        }
    }

    /**
     * Waits until the simulator has echoed this many keep-alives of the stream in all. With keep-alives far more
     * frequent than the watchdog, enough echoes to span two watchdog periods show that the watchdog, had it not
     * seen them, would have fired by then.
     */
    void awaitKeepAliveEchoes(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (keepAliveEchoes.get() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + keepAliveEchoes.get() + " of " + count + " keep-alives echoed");
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    /**
     * @return the jobs waiting on the scheduler that can still run (cancelled ones may linger until their time):
     *         with none, and nothing running ({@link #awaitSchedulerDone()}), the stream can do nothing more
     */
    int pendingJobs() {
        return (int) scheduler.getQueue().stream().filter(r -> !(r instanceof Future<?> f && f.isCancelled()))
                .count();
    }

    /** @return the WebSocket upgrade requests the simulator received */
    int upgrades() {
        return sim.requests().count(socketUpgrade());
    }

    Req socketUpgrade() {
        return Req.get(sim.dialect().isEmby() ? "/embywebsocket" : "/socket");
    }

    int sessionFetches() {
        return sim.requests().count(Req.get("/Sessions"));
    }

    /** Waits until the simulator has answered more than {@code count} {@code GET /Sessions}. */
    void awaitSessionFetchesAbove(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sim.requests().count(Req.get("/Sessions").status(200)) <= count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no more than " + count + " GET /Sessions:\n" + sim.requests().dump());
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    @Override
    public void close() throws Exception {
        streams.forEach(SessionStream::stop);
        try {
            webSocket.stop();
            http.stop();
        } finally {
            scheduler.shutdownNow();
            sim.close();
        }
    }
}
