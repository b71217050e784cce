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
import static org.openhab.binding.jellyfin.internal.live.StreamHarness.WAIT;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.handler.SessionProjection;
import org.openhab.binding.jellyfin.internal.live.StreamHarness.Auth;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;
import org.openhab.binding.jellyfin.reliability.Figures;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimClient;

/**
 * Hostile frames on a live socket: each is dropped on its own (malformed, wrong types, huge strings, deep nesting)
 * without closing the socket, unknown enum values pass through as data, and a 50 MB message is refused by size
 * with bounded memory while the stream reconnects and stays usable.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionStreamHostileInputTest {

    private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);

    static final List<String> HOSTILE_FRAMES = List.of("", "not json", "{", "[]", "null",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":", "{\"MessageType\":\"Sessions\"}",
            "{\"MessageType\":42}", "{\"MessageType\":\"Sessions\",\"Data\":{}}",
            "{\"MessageType\":\"Sessions\",\"Data\":\"[]\"}", "{\"MessageType\":\"Sessions\",\"Data\":[42]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":{\"x\":1}}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"PlayState\":{\"PositionTicks\":\"soon\"}}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"PlayState\":{\"VolumeLevel\":1e400}}]}",
            "{\"MessageType\":\"UserDataChanged\",\"Data\":{\"UserDataList\":[{\"ItemId\":\"a\",\"Played\":1}]}}",
            "{\"MessageType\":\"ForceKeepAlive\",\"Data\":0}", "{\"MessageType\":\"ForceKeepAlive\",\"Data\":-5}",
            "{\"MessageType\":\"ForceKeepAlive\",\"Data\":1e30}", "{\"MessageType\":\"ForceKeepAlive\",\"Data\":\"x\"}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"DeviceName\":\"" + TEN_MB + "\"}]}",
            "{\"MessageType\":\"" + TEN_MB + "\"}",
            "{\"MessageType\":\"Sessions\",\"Data\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",
            "{\"MessageType\":\"KeepAlive\",\"X\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\\u0000\\ud800\",\"DeviceName\":\"\\uDFFF\"}]}x");

    @Test
    void whenHostileFramesArriveThenEachIsDroppedAndTheSocketStaysLive() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            SessionStream stream = h.startConnected(StreamHarness.fast(), State.LIVE);
            h.listener.awaitDiff(0, d -> d.forSession(tv.id()) != null, WAIT);
            int statuses = h.listener.statusCount();
            int diffs = h.listener.diffCount();
            long start = System.nanoTime();

            HOSTILE_FRAMES.forEach(h.sim::sendRawToSockets);
            h.sim.sendMalformedJson();
            tv.play("film-1");

            h.listener.awaitDiff(diffs, d -> {
                SessionChange change = d.forSession(tv.id());
                return change != null && change.events().contains(SessionEvent.PLAYBACK_STARTED);
            }, WAIT);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(1, h.upgrades(), "the socket stayed open");
            assertEquals(statuses, h.listener.statusCount(), () -> "statuses: " + h.listener.statuses());
            assertNotNull(stream.currentSnapshot().get(tv.id()));
            Figures.record("hostile frames on a live socket", (HOSTILE_FRAMES.size() + 1)
                    + " frames dropped, socket kept, next push applied after " + millis + " ms");
        }
    }

    @Test
    void whenEnumValuesAreUnknownThenTheSessionPassesAndProjectsWithoutFailing() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            h.startConnected(StreamHarness.fast(), State.LIVE);
            int diffs = h.listener.diffCount();

            h.sim.sendRawToSockets("{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"odd\",\"DeviceId\":\"odd-1\","
                    + "\"Client\":\"Future\",\"DeviceType\":\"Hologram\",\"NowPlayingItem\":{\"Id\":\"i1\","
                    + "\"Name\":\"N\",\"Type\":\"HoloMovie\",\"MediaType\":\"Smell\",\"RunTimeTicks\":100},"
                    + "\"PlayState\":{\"PlayMethod\":\"Teleport\",\"RepeatMode\":\"RepeatForever\","
                    + "\"PlaybackOrder\":\"Chaos\",\"PositionTicks\":5}}],\"MessageId\":\"m1\"}");
            h.sim.sendRawToSockets("{\"MessageType\":\"SomethingNew\",\"Data\":{\"Nested\":[1,2,3]}}");

            DiffResult diff = h.listener.awaitDiff(diffs, d -> d.forSession("odd") != null, WAIT);
            SessionState odd = Objects.requireNonNull(diff.current().get("odd"));
            assertEquals("RepeatForever", odd.playState().repeatMode());
            assertFalse(odd.playState().shuffled());
            Map<String, ?> states = SessionProjection.project(odd, 5L, null, "http://127.0.0.1");
            assertFalse(states.isEmpty());
            assertEquals(1, h.upgrades());
        }
    }

    @Test
    void whenA50MegabyteMessageArrivesThenItIsRefusedWithBoundedMemoryAndTheStreamReconnects() throws Exception {
        try (StreamHarness h = StreamHarness.start(JellyfinSimulator.start(Dialect.JELLYFIN_10_11), Auth.ADMIN)) {
            SimClient tv = h.sim.newClient("Living Room TV").add();
            SessionStream stream = h.startConnected(StreamHarness.fast(), State.LIVE);
            int statuses = h.listener.statusCount();
            long heapBefore = usedHeapAfterGc();
            long start = System.nanoTime();

            h.sim.sendOversizedMessage(50 * 1024 * 1024);

            RecordingStreamListener.Status lost = h.listener.awaitStatus(State.INTERRUPTED, statuses, WAIT);
            h.listener.awaitStatus(State.LIVE, statuses, WAIT);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(2, h.upgrades(), "one reconnection");
            assertNull(stream.currentSnapshot().get("oversized"), "the message was not applied");
            int diffs = h.listener.diffCount();
            tv.play("film-1");
            h.listener.awaitDiff(diffs, d -> d.forSession(tv.id()) != null, WAIT);
            long retainedMb = (usedHeapAfterGc() - heapBefore) / (1024 * 1024);
            assertTrue(retainedMb < 32, retainedMb + " MB retained");
            Figures.record("50 MB message", "refused (" + lost.reason() + "), LIVE again after " + millis
                    + " ms, heap retained afterwards " + retainedMb + " MB");
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
