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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Disposing the things and then stopping the binding's bundle leaves no thread of the binding running and no
 * socket open to the server: the threads of its Jetty clients end, the kernel holds no connection to the
 * server's port, and no live thread runs the binding's code. The bundle is started again afterwards.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@ExtendWith(ResultLines.class)
public class LifecycleTest {

    /** The binding names its Jetty clients "jellyfin-" and the bridge id; openHAB prefixes their threads. */
    private static final String CLIENT_NAME = "jellyfin-lifecycle";
    private static final String BINDING_CODE = "org.openhab.binding.jellyfin.internal.";

    private EventLog events;

    @BeforeEach
    void subscribe() {
        events = EventLog.open();
    }

    @AfterEach
    void restartTheBinding() throws BundleException {
        events.close();
        Bundle binding = Framework.bindingBundle();
        if (binding.getState() != Bundle.ACTIVE) {
            binding.start();
        }
        Framework.awaitCondition("the binding's handler factory registered again",
                () -> binding.getRegisteredServices() != null && Arrays.stream(binding.getRegisteredServices())
                        .anyMatch(ref -> Arrays.asList((String[]) ref.getProperty("objectClass"))
                                .contains(ThingHandlerFactory.class.getName())));
    }

    @Test
    void disposingTheThingsAndStoppingTheBundleLeavesNoThreadAndNoSocket() throws Exception {
        // HTTPS without certificate checks: the bridge then makes its own HTTP client instead of taking openHAB's
        // shared one (whose pooled connections are openHAB's to close), so every connection to the server is its own
        try (ServerScene scene = ServerScene.overTls(Dialect.JELLYFIN_10_11, "lifecycle")) {
            scene.online(events, Map.of("ssl", true, "verifyCertificate", false));
            int port = scene.sim.port();

            List<Thread> ours = threadsOfTheBinding();
            assertFalse(ours.isEmpty(), "the bridge runs Jetty client threads named after " + CLIENT_NAME + ": "
                    + Arrays.toString(Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toArray()));
            assertFalse(connectionsTo(port).isEmpty(), "the bridge holds connections to port " + port);
            assertEquals(1, scene.sim.openSockets(), "the bridge's WebSocket");

            scene.removeThings();
            for (Thread thread : ours) {
                thread.join(Framework.WAIT.toMillis());
            }
            assertEquals(List.of(), names(threadsOfTheBinding()), "threads of the binding after dispose");
            // with its clients' threads gone nothing of the binding can close a socket any more: it has done so
            assertEquals(List.of(), openClientSockets(port), "sockets the binding left open to port " + port);
            Framework.awaitCondition("no connection to port " + port, () -> connectionsTo(port).isEmpty());
            Framework.awaitCondition("the server sees no socket", () -> scene.sim.openSockets() == 0);

            Bundle binding = Framework.bindingBundle();
            binding.stop();
            assertEquals(Bundle.RESOLVED, binding.getState());
            assertEquals(List.of(), names(threadsOfTheBinding()), "threads of the binding after stop");
            assertEquals(List.of(), names(threadsRunningBindingCode()), "threads running the binding's code");
            assertEquals(List.of(), connectionsTo(port), "connections to port " + port);
        }
    }

    private static List<Thread> threadsOfTheBinding() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().contains(CLIENT_NAME)).toList();
    }

    private static List<Thread> threadsRunningBindingCode() {
        List<Thread> running = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith(BINDING_CODE))) {
                running.add(thread);
            }
        });
        return running;
    }

    private static List<String> names(List<Thread> threads) {
        return threads.stream().map(Thread::getName).toList();
    }

    /** A TCP socket of the kernel's table: local and remote address as hex "address:PORT", and its state. */
    record TcpSocket(String local, String remote, String state) {
        static final String LISTEN = "0A";
        static final String TIME_WAIT = "06";
        static final String ESTABLISHED = "01";
        static final String CLOSE_WAIT = "08";

        boolean hasPort(String hexPort) {
            return local.endsWith(hexPort) || remote.endsWith(hexPort);
        }

        @Override
        public String toString() {
            return local + " -> " + remote + " state " + state;
        }
    }

    /**
     * The client ends of connections to this port that are not closed (ESTABLISHED, or CLOSE_WAIT: the server closed
     * and the client did not).
     */
    static List<TcpSocket> openClientSockets(int port) {
        String hexPort = hexPort(port);
        return connectionsTo(port).stream().filter(s -> s.remote().endsWith(hexPort))
                .filter(s -> TcpSocket.ESTABLISHED.equals(s.state()) || TcpSocket.CLOSE_WAIT.equals(s.state()))
                .toList();
    }

    /**
     * The TCP connections the kernel holds with this port at either end, in any state but LISTEN (the server's own
     * socket) and TIME_WAIT (closed on both sides), from /proc/net/tcp and tcp6.
     */
    static List<TcpSocket> connectionsTo(int port) {
        String hexPort = hexPort(port);
        List<TcpSocket> open = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(table));
            } catch (IOException e) {
                continue;
            }
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 4) {
                    continue;
                }
                TcpSocket socket = new TcpSocket(f[1], f[2], f[3]);
                if (socket.hasPort(hexPort) && !TcpSocket.LISTEN.equals(socket.state())
                        && !TcpSocket.TIME_WAIT.equals(socket.state())) {
                    open.add(socket);
                }
            }
        }
        return open;
    }

    private static String hexPort(int port) {
        return String.format(Locale.ROOT, ":%04X", port);
    }
}
