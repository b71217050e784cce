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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.handler.SessionProjection;
import org.openhab.binding.jellyfin.reliability.Figures;

/**
 * Fuzzes the live path from text to channel states: mutated captures, spec examples and generated session lists
 * go through the message parser and the {@code GET /Sessions} parser, and whatever parses goes on through the diff
 * against the previous snapshot and the channel projection. No exception may escape, no payload may take long.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class LiveInputFuzzTest {

    private static final int MESSAGES = 9_000;
    private static final int SESSION_LISTS = 3_000;
    /** Far above the few milliseconds a payload takes; a hang or a quadratic blow-up would exceed it. */
    /** The most CPU time one payload may take. */
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(2);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final MessageParser messageParser = new MessageParser();
    private final SessionsParser sessionsParser = new SessionsParser();
    private final SessionDiff diff = new SessionDiff();
    private final Map<LiveParseException.Kind, Integer> failures = new EnumMap<>(LiveParseException.Kind.class);
    private SessionSnapshot previous = SessionSnapshot.EMPTY;
    private int accepted;
    private int diffs;
    private long slowestNanos;

    @Test
    void whenTwelveThousandMutatedPayloadsArriveThenNoExceptionEscapesAndNoneHangs() throws IOException {
        List<String> messages = seedMessages();
        List<String> lists = seedSessionLists();
        JsonMutator mutator = new JsonMutator(20_261_121L);
        long start = System.nanoTime();

        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int i = 0; i < MESSAGES; i++) {
                String seed = messages.get(i % messages.size());
                String other = messages.get((i * 7) % messages.size());
                String payload = i < messages.size() ? seed : mutator.mutate(seed, other);
                timed(i, payload, () -> message(payload));
            }
            for (int i = 0; i < SESSION_LISTS; i++) {
                String seed = lists.get(i % lists.size());
                String payload = i < lists.size() ? seed : mutator.mutate(seed, lists.get((i * 5) % lists.size()));
                timed(i, payload, () -> sessionList(payload));
            }
        });

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(accepted > 500, "enough payloads survive mutation to exercise the diff: " + accepted);
        assertTrue(diffs > 500, "diffs: " + diffs);
        Figures.record("fuzz of the message parser, sessions parser, diff and projection",
                (MESSAGES + SESSION_LISTS) + " payloads (" + messages.size() + " + " + lists.size()
                        + " seeds) in " + millis + " ms, slowest " + slowestNanos / 1_000_000 + " ms of CPU time; "
                        + accepted
                        + " parsed and diffed (" + diffs + " diffs), rejected by kind " + failures
                        + ", 0 exceptions");
    }

    /**
     * Runs one payload and measures the CPU time of this thread: what the payload costs, whatever else the machine
     * is doing (a busy machine stretches the wall-clock time, not this).
     */
    private void timed(int index, String payload, Runnable work) {
        long began = CPU.getCurrentThreadCpuTime();
        try {
            work.run();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("payload #" + index + " (" + payload.length() + " chars) threw "
                    + e + ": " + payload.substring(0, Math.min(400, payload.length())), e);
        }
        long took = CPU.getCurrentThreadCpuTime() - began;
        slowestNanos = Math.max(slowestNanos, took);
        assertTrue(took < SLOWEST_ALLOWED.toNanos(), () -> "payload #" + index + " took " + took / 1_000_000 + " ms");
    }

    private void message(String payload) {
        LiveMessage message = messageParser.parse(payload);
        if (message instanceof LiveMessage.Sessions sessions) {
            apply(sessions.sessions());
        } else if (message instanceof LiveMessage.Other other && other.failure() instanceof LiveParseException e) {
            failures.merge(e.kind(), 1, Integer::sum);
        }
    }

    private void sessionList(String payload) {
        try {
            apply(sessionsParser.parseSessionList(payload));
        } catch (LiveParseException e) {
            failures.merge(e.kind(), 1, Integer::sum);
        }
    }

    private void apply(List<SessionState> sessions) {
        accepted++;
        SessionSnapshot current = SessionSnapshot.of(sessions, Instant.EPOCH.plusSeconds(accepted));
        DiffResult result = diff.diff(previous, current);
        diffs += result.changes().isEmpty() ? 0 : 1;
        for (SessionState session : current.sessions()) {
            assertFalse(SessionProjection.project(session, session.playState().positionTicks(), null,
                    "http://127.0.0.1:8096").isEmpty());
        }
        previous = current;
    }

    private static List<String> seedMessages() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String name : fixtureNames()) {
            String text = Fixtures.load(name);
            if (name.contains("_ws_")) {
                seeds.add(text);
            } else if (name.contains("session")) {
                seeds.add(Fixtures.asSessionsMessage(text.strip().startsWith("[") ? text : Fixtures.asArray(text)));
            }
        }
        for (int n = 0; n < 6; n++) {
            SessionsPayloadGenerator generator = new SessionsPayloadGenerator(n, n);
            for (int step = 0; step < 4; step++) {
                seeds.add(generator.sessionsMessage());
                generator.advance(Duration.ofSeconds(7));
            }
        }
        return seeds;
    }

    private static List<String> seedSessionLists() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String name : fixtureNames()) {
            String text = Fixtures.load(name).strip();
            if (name.contains("session") && !name.contains("_ws_")) {
                seeds.add(text.startsWith("[") ? text : Fixtures.asArray(text));
            }
        }
        SessionsPayloadGenerator generator = new SessionsPayloadGenerator(99, 3);
        for (int step = 0; step < 8; step++) {
            seeds.add(generator.sessionArray());
            generator.advance(Duration.ofSeconds(5));
        }
        return seeds;
    }

    private static List<String> fixtureNames() throws IOException {
        try (InputStream in = LiveInputFuzzTest.class.getResourceAsStream("/fixtures/")) {
            assertNotNull(in, "the fixtures directory");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(n -> n.endsWith(".json"))
                    .sorted().toList();
        }
    }
}
