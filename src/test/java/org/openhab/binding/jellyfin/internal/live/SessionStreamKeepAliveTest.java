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

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.websocket.api.WebSocketAdapter;
import org.eclipse.jetty.websocket.api.WebSocketFrameListener;
import org.eclipse.jetty.websocket.api.extensions.Frame;
import org.eclipse.jetty.websocket.common.OpCode;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.eclipse.jetty.websocket.server.WebSocketHandler;
import org.eclipse.jetty.websocket.servlet.WebSocketServletFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.Credentials;
import org.openhab.binding.jellyfin.internal.api.HttpExecutor;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.ServerDialect;
import org.openhab.binding.jellyfin.internal.api.ServerInfo;
import org.openhab.binding.jellyfin.internal.api.ServerProduct;
import org.openhab.binding.jellyfin.internal.api.ServerVersion;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;

/**
 * A peer that never answers keep-alives (as Jellyfin 10.8-10.10 with API-key sockets, which have no server
 * session): the WebSocket pings the stream sends with its keep-alives are answered by the peer's WebSocket layer,
 * and the pongs keep the watchdog quiet.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionStreamKeepAliveTest {

    private final Server server = new Server();
    private final HttpClient http = new HttpClient();
    private final WebSocketClient webSocket = new WebSocketClient(http);
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2);
    private final AtomicInteger upgrades = new AtomicInteger();
    private final AtomicInteger pings = new AtomicInteger();
    /** Keep-alives (each with a ping) far more often than the watchdog: a busy machine cannot close that gap. */
    private static final Duration KEEP_ALIVE = Duration.ofMillis(100);
    private static final Duration WATCHDOG = Duration.ofSeconds(2);

    @AfterEach
    void tearDown() throws Exception {
        webSocket.stop();
        http.stop();
        server.stop();
        scheduler.shutdownNow();
    }

    @Test
    void whenKeepAlivesAreNeverEchoedThenPongsKeepTheSocket() throws Exception {
        JellyfinClient client = silentPeer();
        RecordingStreamListener listener = new RecordingStreamListener();
        StreamSettings settings = StreamHarness.fast().withKeepAliveInterval(KEEP_ALIVE)
                .withWatchdog(WATCHDOG).withSubscriptionGrace(Duration.ofMillis(100));
        SessionStream stream = new SessionStream(client, true, webSocket, scheduler, settings, listener);

        stream.start();
        listener.awaitStatus(State.LIVE, 0, StreamHarness.WAIT);
        // pings over two watchdog periods: without the pongs the watchdog would have fired twice by then
        awaitPings(2 * (int) (WATCHDOG.toMillis() / KEEP_ALIVE.toMillis()));
        stream.stop();

        assertEquals(List.of(State.CONNECTING, State.LIVE), listener.states());
        assertEquals(1, upgrades.get());
    }

    @Test
    void whenThePeerIsSilentAndNothingIsSentThenTheWatchdogReconnects() throws Exception {
        JellyfinClient client = silentPeer();
        RecordingStreamListener listener = new RecordingStreamListener();
        StreamSettings settings = StreamHarness.fast().withKeepAliveInterval(Duration.ofSeconds(10))
                .withWatchdog(Duration.ofMillis(300)).withSubscriptionGrace(Duration.ofMillis(100));
        SessionStream stream = new SessionStream(client, true, webSocket, scheduler, settings, listener);

        stream.start();
        RecordingStreamListener.Status interrupted = listener.awaitStatus(State.INTERRUPTED, 0, StreamHarness.WAIT);
        stream.stop();

        assertTrue(Objects.requireNonNull(interrupted.reason()).contains("no message"), interrupted.reason());
    }

    private void awaitPings(int count) throws InterruptedException {
        long deadline = System.nanoTime() + StreamHarness.WAIT.toNanos();
        while (pings.get() < count) {
            if (System.nanoTime() > deadline) {
                fail("only " + pings.get() + " of " + count + " pings arrived");
            }
            Thread.sleep(10);
        }
    }

    /** The peer's socket: says nothing, answers pings (Jetty does that by itself) and counts them. */
    private class PingCountingSocket extends WebSocketAdapter implements WebSocketFrameListener {
        @Override
        public void onWebSocketFrame(@Nullable Frame frame) {
            if (frame != null && frame.getOpCode() == OpCode.PING) {
                pings.incrementAndGet();
            }
        }
    }

    /** Starts a peer that accepts the socket and answers {@code GET /Sessions} with an empty list, nothing else. */
    private JellyfinClient silentPeer() throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebSocketHandler sockets = new WebSocketHandler() {
            @Override
            public void configure(@Nullable WebSocketServletFactory factory) {
                Objects.requireNonNull(factory).setCreator((request, response) -> {
                    upgrades.incrementAndGet();
                    return new PingCountingSocket();
                });
            }
        };
        sockets.setHandler(new AbstractHandler() {
            @Override
            public void handle(@Nullable String target, @Nullable Request base, @Nullable HttpServletRequest request,
                    @Nullable HttpServletResponse response) throws IOException {
                if ("/Sessions".equals(target) && base != null && response != null) {
                    response.setContentType("application/json");
                    response.getWriter().write("[]");
                    base.setHandled(true);
                }
            }
        });
        server.setHandler(sockets);
        server.start();
        http.start();
        webSocket.start();
        ServerInfo info = new ServerInfo(ServerProduct.JELLYFIN,
                Objects.requireNonNull(ServerVersion.parse("10.10.7")), "0123456789abcdef0123456789abcdef", "peer");
        return new JellyfinClient(new HttpExecutor(http, URI.create("http://127.0.0.1:" + connector.getLocalPort())),
                ServerDialect.forServer(info), new ClientIdentity("openHAB", "Stream test", "stream-test", "5.1"),
                Credentials.apiKey("0123456789abcdef0123456789abcdef", null));
    }
}
