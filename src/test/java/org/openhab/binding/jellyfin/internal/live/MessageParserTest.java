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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Envelope dispatch of {@link MessageParser} for every message type.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class MessageParserTest {

    private final MessageParser parser = new MessageParser();

    private <T extends LiveMessage> T parseAs(String fixture, Class<T> type) {
        LiveMessage message = parser.parse(Fixtures.load(fixture));
        return assertInstanceOf(type, message, () -> fixture + " gave " + message);
    }

    /** Asserts that the fixture is a parsed message of a type without data the binding uses. */
    private LiveMessage.Other parseOther(String fixture, String type) {
        LiveMessage.Other other = parseAs(fixture, LiveMessage.Other.class);
        assertEquals(new LiveMessage.Other(type, other.timeoutSeconds(), null), other);
        return other;
    }

    @Test
    void whenKeepAliveHasMessageIdFirstThenItIsAKeepAlive() {
        parseOther("jellyfin-10.10.3_ws_KeepAlive_finamp-issue1251.json", LiveMessage.KEEP_ALIVE);
    }

    @Test
    void whenKeepAliveHasMessageTypeFirstThenItIsAKeepAlive() {
        parseOther("jellyfin_ws_KeepAlive_androidtv-issue3387.json", LiveMessage.KEEP_ALIVE);
    }

    @Test
    void whenMessageIdIsNotAStringOrNumberThenItFails() {
        assertFailure(parser.parse("{\"MessageId\":{},\"MessageType\":\"KeepAlive\"}"),
                LiveParseException.Kind.WRONG_TYPE);
    }

    @Test
    void whenForceKeepAliveArrivesThenItCarriesTheTimeoutInSeconds() {
        assertEquals(60, parseOther("jellyfin_ws_ForceKeepAlive_spec.json", LiveMessage.FORCE_KEEP_ALIVE)
                .timeoutSeconds());
    }

    @Test
    void whenForceKeepAliveDataComesFirstThenItIsStillRead() {
        LiveMessage message = parser.parse("{\"Data\":\"30\",\"MessageType\":\"ForceKeepAlive\"}");
        assertEquals(new LiveMessage.Other(LiveMessage.FORCE_KEEP_ALIVE, 30, null), message);
    }

    @Test
    void whenForceKeepAliveHasNoUsableDataThenItFails() {
        assertFailure(parser.parse("{\"MessageType\":\"ForceKeepAlive\"}"), LiveParseException.Kind.MISSING_FIELD);
        assertFailure(parser.parse("{\"MessageType\":\"ForceKeepAlive\",\"Data\":-5}"), LiveParseException.Kind.WRONG_TYPE);
        assertFailure(parser.parse("{\"MessageType\":\"ForceKeepAlive\",\"Data\":{}}"), LiveParseException.Kind.WRONG_TYPE);
    }

    @Test
    void whenServerRestartsOrShutsDownThenThoseMessagesAreReported() {
        parseOther("jellyfin_ws_ServerRestarting_spec.json", LiveMessage.SERVER_RESTARTING);
        parseOther("jellyfin_ws_ServerShuttingDown_spec.json", LiveMessage.SERVER_SHUTTING_DOWN);
    }

    @Test
    void whenTypeIsUnknownThenTheMessageIsIgnoredWithItsType() {
        assertEquals(new LiveMessage.Other("RestartRequired", 0, null),
                parser.parse("{\"MessageType\":\"RestartRequired\",\"MessageId\":\"0123456789abcdef\"}"));
        assertEquals(new LiveMessage.Other("sessions", 0, null),
                parser.parse("{\"MessageType\":\"sessions\",\"Data\":[]}"));
    }

    @Test
    void whenTheLibraryChangesThenTheAddedItemsAndTheCountsAreRead() {
        LibraryChange change = parseAs("jellyfin_ws_LibraryChanged_spec.json", LibraryChange.class);
        assertEquals(new LibraryChange(List.of("7648c5d1a50b1e03f225a2ce76baef07"), 1, 0, 0), change);
    }

    @Test
    void whenAScanAddsThousandsOfItemsThenAllAreCountedAndTheLastIdsKept() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            ids.append(i == 0 ? "" : ",").append('"').append(1000 + i).append('"');
        }
        LiveMessage message = parser.parse("{\"MessageType\":\"LibraryChanged\",\"Data\":{\"ItemsAdded\":[" + ids
                + "],\"ItemsUpdated\":[\"7\",\"8\"],\"ItemsRemoved\":null,\"IsEmpty\":false}}");

        LibraryChange change = assertInstanceOf(LibraryChange.class, message);
        assertEquals(5000, change.addedCount());
        assertEquals(2, change.updatedCount());
        assertEquals(0, change.removedCount());
        assertEquals(LibraryChange.MAX_ADDED_IDS, change.itemsAdded().size());
        assertEquals("5999", change.itemsAdded().get(LibraryChange.MAX_ADDED_IDS - 1));
    }

    @Test
    void whenSessionsMessageHasSeveralSessionsThenAllWithAnIdAreParsed() {
        LiveMessage.Sessions sessions = parseAs("jellyfin_ws_Sessions_several_spec.json", LiveMessage.Sessions.class);
        assertEquals(List.of("a1b2c3d4e5f647118899aabbccddeeff", "c3d4e5f60718293a4b5c6d7e8f901a2b",
                "d4e5f60718293a4b5c6d7e8f901a2b3c"), sessions.sessions().stream().map(SessionState::id).toList());
    }

    @Test
    void whenSessionsDataComesBeforeMessageTypeThenTheSecondPassReadsIt() {
        LiveMessage.Sessions sessions = parseAs("jellyfin_ws_Sessions_data_first_spec.json",
                LiveMessage.Sessions.class);
        assertEquals(1, sessions.sessions().size());
        SessionState session = sessions.sessions().get(0);
        assertEquals("e5f60718293a4b5c6d7e8f901a2b3c4d", session.id());
        assertEquals("chrome-1", session.deviceId());
        assertEquals(PlayStatus.STOPPED, session.status());
    }

    @Test
    void whenSessionsMessageWrapsTheCapturedSessionThenItParses() {
        String message = Fixtures.asSessionsMessage(
                Fixtures.asArray(Fixtures.load("jellyfin-10.9.11_session_audio_multiscrobbler.json")));
        LiveMessage.Sessions sessions = assertInstanceOf(LiveMessage.Sessions.class, parser.parse(message));
        assertEquals("9717105bdbdb30d25f7338997910a147", sessions.sessions().get(0).id());
    }

    @Test
    void whenJellyfinUserDataChangedArrivesThenEveryEntryIsTyped() {
        UserDataChange change = parseAs("jellyfin_ws_UserDataChanged_androidtv-issue3387.json",
                UserDataChange.class);
        assertEquals("08ca909f6d1044aa9930be392943948f", change.userId());
        assertEquals(2, change.items().size());
        UserItemData first = change.items().get(0);
        assertEquals("464ed2dbeeed347ad2b23cbe9e8b560c", first.itemId());
        assertTrue(first.played());
        assertEquals(7, first.playCount());
        assertEquals(0, first.playbackPositionTicks());
        assertFalse(first.favorite());
        assertNull(first.playedPercentage());
        assertEquals(java.time.Instant.parse("2024-02-20T19:26:41.1362081Z"), first.lastPlayedDate());
        UserItemData second = change.items().get(1);
        assertFalse(second.played());
        assertNull(second.lastPlayedDate());
    }

    @Test
    void whenEmbyUserDataChangedArrivesThenPercentageAndDatesAreRead() {
        UserDataChange change = parseAs("emby_ws_UserDataChanged_mrmc.json", UserDataChange.class);
        assertEquals("c0234e3b7f364e5da6ded482cde90f62", change.userId());
        UserItemData first = change.items().get(0);
        assertEquals("f822f61be1862484f5a2e4c854d244ac", first.itemId());
        assertEquals(11.0171244559219, first.playedPercentage());
        assertEquals(7_680_000_000L, first.playbackPositionTicks());
        assertEquals(2, first.playCount());
        assertEquals(java.time.Instant.parse("2017-03-19T17:55:21.990725Z"), first.lastPlayedDate());
        assertEquals("207cf78d67baae9a93284169cb204f16", change.items().get(1).itemId());
    }

    @Test
    void whenMessageTypeIsMissingThenItFails() {
        assertFailure(parser.parse("{\"Data\":[]}"), LiveParseException.Kind.MISSING_FIELD);
        assertFailure(parser.parse("{\"MessageType\":null}"), LiveParseException.Kind.MISSING_FIELD);
    }

    @Test
    void whenSessionsMessageHasNoDataThenItFails() {
        assertFailure(parser.parse("{\"MessageType\":\"Sessions\"}"), LiveParseException.Kind.MISSING_FIELD);
        assertFailure(parser.parse("{\"MessageType\":\"Sessions\",\"Data\":null}"), LiveParseException.Kind.MISSING_FIELD);
    }

    /** Asserts that the message could not be parsed, and returns why. */
    static LiveParseException failureOf(LiveMessage message, String context) {
        LiveMessage.Other other = assertInstanceOf(LiveMessage.Other.class, message,
                () -> context + ": got " + message);
        LiveParseException failure = other.failure();
        assertNotNull(failure, () -> context + ": got " + message);
        return failure;
    }

    static LiveParseException assertFailure(LiveMessage message, LiveParseException.Kind kind) {
        LiveParseException failure = failureOf(message, "parsing");
        assertEquals(kind, failure.kind(), failure.getMessage());
        return failure;
    }
}
