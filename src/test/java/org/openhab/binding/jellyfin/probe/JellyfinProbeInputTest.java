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
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimClient;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The probe follows a server given by address, prints JSON lines of the exact shape, and carries out the command and
 * action lines of its input; a wrong line costs one line on stderr and nothing else.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class JellyfinProbeInputTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CLIENT = "jellyfin:client:probe:tv-1";
    private static final Map<String, List<String>> KEYS = Map.of("status",
            List.of("type", "thing", "status", "detail", "description"), "state",
            List.of("type", "thing", "channel", "state"), "trigger", List.of("type", "thing", "channel", "event"));

    private final JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11);

    @AfterEach
    void close() {
        sim.close();
    }

    @Test
    void whenInputLinesArriveThenCommandsAndActionsReachTheServerAndBadLinesAreReportedOnce() throws Exception {
        SimClient tv = sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add();
        tv.play("film-1");
        PipedOutputStream input = new PipedOutputStream();
        ProbeRun run = ProbeRun.start(new PipedInputStream(input), "--server", sim.serverUrl(), "--user", "alice",
                "--password", "alice-secret", "--json");

        write(input, "await " + CLIENT + " play-state PLAYING");
        write(input, "command " + CLIENT + " media-control PAUSE");
        sim.requests().await(Req.post("/Sessions/" + tv.id() + "/Playing/Pause"), WAIT);
        write(input, "this is not a probe line");
        write(input, "command " + CLIENT + " volume 35");
        sim.requests().await(Req.post("/Sessions/" + tv.id() + "/Command").bodyContains("SetVolume"), WAIT);
        write(input, "command " + CLIENT + " playing-item-second 120 s");
        sim.requests().await(Req.post("/Sessions/" + tv.id() + "/Playing/Seek").query("seekPositionTicks",
                "1200000000"), WAIT);
        write(input, "command " + CLIENT + " media-control JUMP");
        write(input, "action " + CLIENT + " sendMessage Dinner \"is ready\" 5000");
        sim.requests().await(Req.post("/Sessions/" + tv.id() + "/Message").bodyContains("is ready"), WAIT);
        write(input, "action " + CLIENT + " markPlayed " + sim.itemId("film-2"));
        String played = sim.requests().await(Req.post("/UserPlayedItems/{itemId}"), WAIT).path();
        assertEquals(sim.itemId("film-2"), played.substring(played.lastIndexOf('/') + 1).replace("-", ""));
        input.close();

        assertEquals(JellyfinProbe.EXIT_OK, run.exitCode(WAIT));
        List<String> errors = run.err();
        assertEquals(2, errors.size(), () -> "" + errors);
        assertTrue(errors.get(0).startsWith("error: unknown input 'this'"), errors.get(0));
        assertTrue(errors.get(1).startsWith("error: 'JUMP' is no command for " + CLIENT + ":media-control"),
                errors.get(1));
        Set<String> types = new HashSet<>();
        for (String line : run.out()) {
            JsonObject object = JsonParser.parseString(line).getAsJsonObject();
            String type = object.get("type").getAsString();
            types.add(type);
            assertEquals(KEYS.get(type), List.copyOf(object.keySet()), line);
            for (String key : object.keySet()) {
                JsonElement value = object.get(key);
                assertTrue(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                        || "description".equals(key) && value.isJsonNull(), line);
            }
        }
        assertEquals(KEYS.keySet(), types);
        assertTrue(run.out().contains("{\"type\":\"status\",\"thing\":\"" + CLIENT
                + "\",\"status\":\"ONLINE\",\"detail\":\"NONE\",\"description\":null}"), () -> "" + run.out());
        assertTrue(run.out().contains("{\"type\":\"state\",\"thing\":\"" + CLIENT
                + "\",\"channel\":\"play-state\",\"state\":\"PAUSED\"}"), () -> "" + run.out());
        assertTrue(run.out().contains("{\"type\":\"trigger\",\"thing\":\"" + CLIENT
                + "\",\"channel\":\"playback-event\",\"event\":\"PAUSED\"}"), () -> "" + run.out());
        sim.assertNoSpecViolations();
    }

    @Test
    void whenAThingOfTheBindingIsAskedForThenItRunsUnderTheBridge() throws Exception {
        sim.newClient("Kitchen").user("alice").deviceId("kitchen").add();
        ProbeRun run = ProbeRun.complete("thing client kitchen-by-hand deviceId=kitchen\n"
                + "await jellyfin:client:probe:kitchen-by-hand\nthing nonsense x\n", "--server", sim.serverUrl(),
                "--token", sim.apiKey(), "--json");

        assertEquals(JellyfinProbe.EXIT_OK, run.exitCode());
        assertTrue(run.out().contains("{\"type\":\"status\",\"thing\":\"jellyfin:client:probe:kitchen-by-hand"
                + "\",\"status\":\"ONLINE\",\"detail\":\"NONE\",\"description\":null}"), () -> run.out() + "\n" + run.err());
        assertEquals(1, run.err().size(), () -> "" + run.err());
        assertTrue(run.err().get(0).startsWith("error: no thing type nonsense"), run.err().get(0));
    }

    private static void write(OutputStream input, String line) throws IOException {
        input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
    }
}
