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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The probe's demo runs the binding's handlers against the embedded simulator to its end.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class JellyfinProbeDemoTest {

    private static final String CLIENT = "jellyfin:client:demo:living-room-tv";

    @Test
    void whenTheDemoRunsThenTheTableShowsEveryStepInOrderAndTheProbeExitsZero() {
        ProbeRun run = ProbeRun.complete("");

        assertEquals(JellyfinProbe.EXIT_OK, run.exitCode(), () -> String.join("\n", run.err()));
        List<String> out = run.out();
        assertInOrder(out, "status jellyfin:server:demo ONLINE", "status " + CLIENT + " ONLINE",
                "event  " + CLIENT + " playback-event STARTED", "seen: play-state = PLAYING",
                "event  " + CLIENT + " playback-event PAUSED", "event  " + CLIENT + " playback-event RESUMED",
                "seen: mute = ON", "event  " + CLIENT + " playback-event ITEM_CHANGED",
                "seen: playing-item-watched = OFF", "event  " + CLIENT + " playback-event WATCHED",
                "seen: playing-item-watched = ON", "seen: the server marked it watched for bob",
                "event  " + CLIENT + " playback-event STOPPED", "demo   finished");
        int finished = indexOf(out, 0, "demo   finished");
        List<String> finalTable = out.subList(finished + 1, out.size());
        assertTrue(finalTable.stream().anyMatch(l -> l.matches("\\s+play-state\\s+STOPPED")), () -> "" + finalTable);
        assertTrue(finalTable.stream().anyMatch(l -> l.matches("\\s+mute\\s+ON")), () -> "" + finalTable);
        assertTrue(finalTable.stream().anyMatch(l -> l.contains("(last event: STOPPED)")), () -> "" + finalTable);
        assertEquals(List.of(), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = { "jellyfin-12.0", "jellyfin-10.8", "emby-4.9" })
    void whenTheDemoRunsWithJsonThenTheClientReportsTheScenarioInOrder(String dialect) {
        ProbeRun run = ProbeRun.complete("", "--json", "--dialect", dialect);

        assertEquals(JellyfinProbe.EXIT_OK, run.exitCode(), () -> String.join("\n", run.err()));
        List<String> client = new ArrayList<>();
        for (String line : run.out()) {
            JsonObject object = JsonParser.parseString(line).getAsJsonObject();
            if (!CLIENT.equals(object.get("thing").getAsString())) {
                continue;
            }
            String type = object.get("type").getAsString();
            if ("trigger".equals(type)) {
                client.add(object.get("event").getAsString());
            } else if ("state".equals(type) && "mute".equals(object.get("channel").getAsString())) {
                client.add("mute " + object.get("state").getAsString());
            }
        }
        assertEquals(List.of("mute OFF", "STARTED", "PAUSED", "RESUMED", "mute ON",
                "ITEM_CHANGED", "WATCHED", "STOPPED"), client);
    }

    @Test
    void whenLinesArriveDuringTheDemoThenTheyAreCarriedOutAfterIt() {
        ProbeRun run = ProbeRun.complete("command " + CLIENT + " volume 35\nbogus\nawait " + CLIENT
                + " volume 35\ncommand " + CLIENT + " mute OFF\nawait " + CLIENT + " mute OFF\n", "--json");

        assertEquals(JellyfinProbe.EXIT_OK, run.exitCode(), () -> String.join("\n", run.err()));
        List<String> out = run.out();
        assertInOrder(out, "\"event\":\"STOPPED\"", "\"channel\":\"volume\",\"state\":\"35\"",
                "\"channel\":\"mute\",\"state\":\"OFF\"");
        assertEquals(List.of("error: unknown input 'bogus': expected command, action, thing, await or quit"),
                run.err());
    }

    private static void assertInOrder(List<String> lines, String... expected) {
        int from = 0;
        for (String text : expected) {
            int found = indexOf(lines, from, text);
            if (found < 0) {
                fail("'" + text + "' missing after line " + from + " of:\n" + String.join("\n", lines));
            }
            from = found + 1;
        }
    }

    private static int indexOf(List<String> lines, int from, String text) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
