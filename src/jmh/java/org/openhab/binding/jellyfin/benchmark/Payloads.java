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
package org.openhab.binding.jellyfin.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.openhab.binding.jellyfin.internal.live.LiveMessage;
import org.openhab.binding.jellyfin.internal.live.MessageParser;
import org.openhab.binding.jellyfin.internal.live.SessionsPayloadGenerator;

/**
 * The payloads every benchmark and the report use: two consecutive {@code Sessions} pushes of the
 * same server, one second apart (playing sessions moved on), and a repeat of the first one.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public final class Payloads {

    /** When the first push was received; the second arrives {@link #INTERVAL} later. */
    public static final Instant RECEIVED = Instant.parse("2024-10-15T13:00:00Z");
    public static final Duration INTERVAL = Duration.ofSeconds(1);

    private static final long SEED = 20_241_015L;

    /** The first push. */
    public final String first;
    /** The same sessions, unchanged, pushed again (only the MessageId differs). */
    public final String repeat;
    /** The next push, {@link #INTERVAL} later. */
    public final String next;
    /** How many of the sessions are playing. */
    public final int playing;

    private Payloads(int sessions) {
        SessionsPayloadGenerator generator = new SessionsPayloadGenerator(SEED + sessions, sessions);
        first = generator.sessionsMessage();
        repeat = generator.sessionsMessage();
        generator.advance(INTERVAL);
        next = generator.sessionsMessage();
        playing = generator.playingCount();
    }

    /** @return the payloads of a server with this many sessions */
    public static Payloads of(int sessions) {
        return new Payloads(sessions);
    }

    /** @return the size of the next push in bytes (UTF-8, as it travels in the WebSocket frame) */
    public int nextBytes() {
        return next.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Parses a push with the binding's parser; fails loudly when the payload is not a session list. */
    public static LiveMessage.Sessions parse(MessageParser parser, String message) {
        LiveMessage parsed = parser.parse(message);
        if (parsed instanceof LiveMessage.Sessions sessions) {
            return sessions;
        }
        throw new IllegalStateException("not a session list: " + parsed);
    }
}
