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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;

/**
 * The probe's exit codes: 2 for a command line it cannot use, 3 when the server cannot be reached or refuses the
 * credentials at start, each with its reason on stderr.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class JellyfinProbeExitCodeTest {

    @ParameterizedTest
    @ValueSource(strings = { "--bogus", "--server", "--server http://127.0.0.1:8096",
            "--server ftp://127.0.0.1 --token t", "--server http://127.0.0.1 --token t --dialect jellyfin-10.8",
            "--dialect jellyfin-9.0", "--token t", "--server http://127.0.0.1 --password p --token t",
            "--thing client", "--json --json-lines" })
    void whenTheArgumentsAreWrongThenTheExitCodeIs2WithTheUsageOnStderr(String args) {
        ProbeRun run = ProbeRun.complete("", args.split(" "));

        assertEquals(JellyfinProbe.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().get(0).startsWith("error: "), () -> "" + run.err());
        assertTrue(run.err().stream().anyMatch(line -> line.startsWith("usage: JellyfinProbe")));
        assertEquals(List.of(), run.out());
    }

    @Test
    void whenHelpIsAskedForThenTheUsageIsPrintedAndTheExitCodeIs0() {
        ProbeRun run = ProbeRun.complete("", "--help");

        assertEquals(JellyfinProbe.EXIT_OK, run.exitCode());
        assertTrue(run.out().get(0).startsWith("usage: JellyfinProbe"));
        assertEquals(List.of(), run.err());
    }

    @Test
    void whenNothingListensOnThePortThenTheExitCodeIs3WithTheReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        ProbeRun run = ProbeRun.complete("", "--server", "http://127.0.0.1:" + closedPort, "--token", "abc",
                "--json");

        assertEquals(JellyfinProbe.EXIT_UNREACHABLE, run.exitCode());
        assertEquals(1, run.err().size(), () -> "" + run.err());
        String reason = run.err().get(0);
        assertTrue(reason.startsWith("error: cannot follow http://127.0.0.1:" + closedPort + ": "), reason);
        assertTrue(reason.endsWith("(COMMUNICATION_ERROR)"), reason);
        assertFalse(reason.contains("@text/"), reason);
        assertTrue(run.out().stream().anyMatch(line -> line.contains("\"status\":\"OFFLINE\"")), () -> "" + run.out());
    }

    @Test
    void whenTheServerRejectsTheTokenThenTheExitCodeIs3WithTheReason() {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_10)) {
            ProbeRun run = ProbeRun.complete("", "--server", sim.serverUrl(), "--token", "not-a-key-of-this-server");

            assertEquals(JellyfinProbe.EXIT_UNREACHABLE, run.exitCode());
            assertEquals(1, run.err().size(), () -> "" + run.err());
            String reason = run.err().get(0);
            assertTrue(reason.startsWith("error: cannot follow " + sim.serverUrl() + ": "), reason);
            assertTrue(reason.endsWith("(CONFIGURATION_ERROR)"), reason);
            assertFalse(reason.contains("not-a-key-of-this-server"), reason);
        }
    }
}
