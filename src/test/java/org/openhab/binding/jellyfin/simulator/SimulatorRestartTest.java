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
package org.openhab.binding.jellyfin.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * A restart is a new server on the same port: it listens again every time, also while clients keep connecting
 * through the restart, as the binding's reconnecting stream does.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorRestartTest {

    private static final int RESTARTS = 40;
    private static final int CONNECTING_CLIENTS = 3;

    @Test
    void whenClientsConnectThroughRepeatedRestartsThenThePortServesAfterEachOne() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10)) {
            int port = sim.port();
            AtomicBoolean connecting = new AtomicBoolean(true);
            AtomicInteger connections = new AtomicInteger();
            // the clients connect while a restart runs and hold off while the test checks the port
            ReadWriteLock checking = new ReentrantReadWriteLock(true);
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < CONNECTING_CLIENTS; i++) {
                Thread client = new Thread(() -> {
                    while (connecting.get()) {
                        checking.readLock().lock();
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress("127.0.0.1", port));
                            connections.incrementAndGet();
                        } catch (IOException e) {
                            // refused while the server is down between stop and start
                        } finally {
                            checking.readLock().unlock();
                        }
                    }
                }, "restart-test-client-" + i);
                client.setDaemon(true);
                client.start();
                clients.add(client);
            }
            try {
                for (int i = 1; i <= RESTARTS; i++) {
                    sim.restart();

                    checking.writeLock().lock();
                    try {
                        assertTrue(sim.isRunning());
                        assertEquals(port, sim.port());
                        int restart = i;
                        assertEquals(200, assertDoesNotThrow(() -> HttpProbe.of(sim).get("/System/Info/Public"),
                                () -> "restart " + restart + " of " + RESTARTS + " left the port closed")
                                .statusCode());
                    } finally {
                        checking.writeLock().unlock();
                    }
                }
            } finally {
                connecting.set(false);
                for (Thread client : clients) {
                    client.join();
                }
            }
            assertTrue(connections.get() > 0, "the clients connected during the restarts");
            assertEquals(RESTARTS, sim.requests().count(Req.get("/System/Info/Public").status(200)));
        }
    }

    @Test
    void whenAStoppedServerIsStartedAgainThenItServesOnTheSamePort() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.EMBY_4_9)) {
            int port = sim.port();
            sim.stop();
            assertFalse(sim.isRunning());
            assertThrows(IOException.class, () -> HttpProbe.of(sim).get("/System/Info/Public"));

            sim.restart();

            assertEquals(port, sim.port());
            assertEquals(200, HttpProbe.of(sim).get("/System/Info/Public").statusCode());
        }
    }
}
