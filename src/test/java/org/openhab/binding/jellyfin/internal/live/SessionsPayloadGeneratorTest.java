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

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.live.SessionChange.Fact;

/**
 * The generated payloads are deterministic and, parsed and diffed, behave like real periodic pushes.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionsPayloadGeneratorTest {

    private static List<SessionState> sessionsOf(String message) {
        return assertInstanceOf(LiveMessage.Sessions.class, new MessageParser().parse(message)).sessions();
    }

    @Test
    void whenTheSeedIsTheSameThenThePayloadIsTheSame() {
        assertEquals(new SessionsPayloadGenerator(3, 20).sessionsMessage(),
                new SessionsPayloadGenerator(3, 20).sessionsMessage());
        assertNotEquals(new SessionsPayloadGenerator(3, 20).sessionArray(),
                new SessionsPayloadGenerator(4, 20).sessionArray());
    }

    @Test
    void whenAHundredSessionsAreGeneratedThenTheMessageHasARealisticSize() {
        int length = new SessionsPayloadGenerator(42, 100).sessionsMessage().length();
        assertTrue(length > 300_000 && length < 1_500_000, "length " + length);
    }

    @Test
    void whenTimeMovesOnThenOnlyUnpausedPlayingSessionsChangeTheirPositionWithoutEvents() {
        SessionsPayloadGenerator generator = new SessionsPayloadGenerator(42, 100);
        SessionSnapshot first = SessionSnapshot.of(sessionsOf(generator.sessionsMessage()), Instant.EPOCH);
        generator.advance(Duration.ofSeconds(2));
        SessionSnapshot second = SessionSnapshot.of(sessionsOf(generator.sessionsMessage()),
                Instant.EPOCH.plusSeconds(2));
        long moving = second.sessions().stream().filter(s -> s.status() == PlayStatus.PLAYING).count();

        DiffResult result = new SessionDiff().diff(first, second);

        assertTrue(moving > 0);
        assertEquals(moving, result.changes().size());
        for (SessionChange change : result.changes()) {
            assertEquals(EnumSet.of(Fact.LAST_ACTIVITY, Fact.POSITION), change.facts());
            assertEquals(EnumSet.noneOf(SessionEvent.class), change.events());
        }
        assertTrue(new SessionDiff().diff(second, SessionSnapshot.of(sessionsOf(generator.sessionsMessage()),
                Instant.EPOCH.plusSeconds(3))).isEmpty(), "an identical push changes nothing");
    }
}
