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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken and hostile input gives a typed failure, never an exception or a hang.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class HostileInputTest {

    /** A hang fails the test; a busy machine only makes a parse slower, never this slow. */
    private static final Duration QUICK = Duration.ofSeconds(30);

    private final MessageParser parser = new MessageParser();

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String repeated(char c, int count) {
        return String.valueOf(c).repeat(count);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "nonsense", "{", "}", "{\"MessageType\":", "{\"MessageType\":\"Sessions\"",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\"", "{\"MessageType\":'KeepAlive'}",
            "{\"MessageType\":\"KeepAlive\"} trailing", "{\"MessageType\":\"KeepAlive\"}{}", "[1,2]", "null", "42",
            "{MessageType:\"KeepAlive\"}", "{\"MessageType\":\"KeepAlive\",}" })
    void whenMessageIsMalformedOrTruncatedThenAFailureIsReturned(String text) {
        LiveMessage message = assertTimeoutPreemptively(QUICK, () -> parser.parse(text));
        MessageParserTest.failureOf(message, "for <" + text + ">");
    }

    @Test
    void whenTheCapturedSessionIsTruncatedAnywhereThenEveryPrefixFailsCleanly() {
        String message = Fixtures.asSessionsMessage(
                Fixtures.asArray(Fixtures.load("jellyfin-10.9.11_session_audio_multiscrobbler.json")));
        for (int length = 0; length < message.length() - 1; length += 97) {
            LiveMessage parsed = parser.parse(message.substring(0, length));
            MessageParserTest.failureOf(parsed, "prefix of " + length);
        }
    }

    @Test
    void whenDataIsNested10000LevelsThenItFailsAtOnce() {
        String text = "{\"MessageType\":\"Sessions\",\"Data\":" + nested(10_000) + "}";
        LiveMessage message = assertTimeoutPreemptively(QUICK, () -> parser.parse(text));
        MessageParserTest.failureOf(message, text.length() + " chars");
    }

    @Test
    void whenAnEnvelopeFieldIsNested10000LevelsThenTooDeepIsReported() {
        String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        String text = "{\"MessageType\":\"KeepAlive\",\"Extra\":" + objects + "}";
        LiveMessage message = assertTimeoutPreemptively(QUICK, () -> parser.parse(text));
        MessageParserTest.assertFailure(message, LiveParseException.Kind.TOO_DEEP);
    }

    @Test
    void whenASkippedFieldIsNested10000LevelsThenTooDeepIsReported() {
        String session = "{\"Id\":\"a\",\"NowPlayingQueueFullItems\":" + nested(10_000) + "}";
        LiveMessage message = assertTimeoutPreemptively(QUICK,
                () -> parser.parse(Fixtures.asSessionsMessage("[" + session + "]")));
        MessageParserTest.assertFailure(message, LiveParseException.Kind.TOO_DEEP);
    }

    @Test
    void whenAnUnknownMessageIsNestedDeeplyThenItFailsRatherThanBeingIgnored() {
        String text = "{\"Data\":" + nested(10_000) + ",\"MessageType\":\"ScheduledTasksInfo\"}";
        MessageParserTest.assertFailure(parser.parse(text), LiveParseException.Kind.TOO_DEEP);
    }

    @Test
    void whenAKeptStringIs10MegabytesThenStringTooLongIsReported() {
        String session = "{\"Id\":\"a\",\"DeviceName\":\"" + repeated('x', 10 * 1024 * 1024) + "\"}";
        LiveMessage message = assertTimeoutPreemptively(QUICK,
                () -> parser.parse(Fixtures.asSessionsMessage("[" + session + "]")));
        MessageParserTest.assertFailure(message, LiveParseException.Kind.STRING_TOO_LONG);
    }

    @Test
    void whenAMessageTypeIs10MegabytesThenStringTooLongIsReported() {
        String text = "{\"MessageType\":\"" + repeated('K', 10 * 1024 * 1024) + "\"}";
        MessageParserTest.assertFailure(parser.parse(text), LiveParseException.Kind.STRING_TOO_LONG);
    }

    @Test
    void whenASkippedStringIs10MegabytesThenTheSessionStillParses() {
        String session = "{\"Id\":\"a\",\"RemoteEndPoint\":\"" + repeated('x', 10 * 1024 * 1024) + "\"}";
        LiveMessage message = parser.parse(Fixtures.asSessionsMessage("[" + session + "]"));
        assertEquals(1, assertInstanceOf(LiveMessage.Sessions.class, message).sessions().size());
    }

    @Test
    void whenAFrameIsOneCharacterOverTheDefault16MebibytesThenTooLargeIsReported() {
        String text = frameOf(16 * 1024 * 1024 + 1);
        MessageParserTest.assertFailure(parser.parse(text), LiveParseException.Kind.TOO_LARGE);
        assertEquals(LiveParseException.Kind.TOO_LARGE,
                assertThrows(LiveParseException.class, () -> new SessionsParser().parseSessionList(
                        "[" + repeated(' ', 16 * 1024 * 1024) + "]")).kind());
    }

    @Test
    void whenAFrameIsExactly16MebibytesThenItIsParsed() {
        String text = frameOf(16 * 1024 * 1024);
        LiveMessage message = assertTimeoutPreemptively(QUICK, () -> parser.parse(text));
        assertEquals(1, assertInstanceOf(LiveMessage.Sessions.class, message).sessions().size());
    }

    /** A {@code Sessions} push of one session padded with a skipped string to exactly {@code length} characters. */
    private static String frameOf(int length) {
        String head = "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"RemoteEndPoint\":\"";
        String tail = "\"}]}";
        String text = head + repeated('x', length - head.length() - tail.length()) + tail;
        assertEquals(length, text.length());
        return text;
    }

    @Test
    void whenTheMessageExceedsTheSizeLimitThenTooLargeIsReported() {
        MessageParser small = new MessageParser(new ParserLimits(1024, 256, 16, 64));
        String text = Fixtures.asSessionsMessage(
                Fixtures.asArray(Fixtures.load("jellyfin-10.9.11_session_audio_multiscrobbler.json")));
        MessageParserTest.assertFailure(small.parse(text), LiveParseException.Kind.TOO_LARGE);
    }

    @Test
    void whenAListExceedsTheEntryLimitThenTooLargeIsReported() {
        MessageParser small = new MessageParser(new ParserLimits(1 << 20, 256, 16, 3));
        String session = "{\"Id\":\"a\",\"SupportedCommands\":[\"a\",\"b\",\"c\",\"d\"]}";
        MessageParserTest.assertFailure(small.parse(Fixtures.asSessionsMessage("[" + session + "]")),
                LiveParseException.Kind.TOO_LARGE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"MessageType\":42}", "{\"MessageType\":[\"Sessions\"]}",
            "{\"MessageType\":\"Sessions\",\"Data\":{}}", "{\"MessageType\":\"Sessions\",\"Data\":\"[]\"}",
            "{\"MessageType\":\"Sessions\",\"Data\":[42]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":{\"nested\":true}}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"IsActive\":\"yes\"}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"PlayState\":{\"PositionTicks\":\"soon\"}}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"PlayState\":{\"VolumeLevel\":true}}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"PlayState\":[]}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"PlayState\":{\"VolumeLevel\":1e40}}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"SupportedCommands\":\"Mute\"}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"SupportedCommands\":[[]]}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"NowPlayingItem\":\"x\"}]}",
            "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\",\"NowPlayingItem\":{\"ImageTags\":[]}}]}",
            "{\"MessageType\":\"UserDataChanged\",\"Data\":[]}",
            "{\"MessageType\":\"UserDataChanged\",\"Data\":{\"UserDataList\":{}}}",
            "{\"MessageType\":\"UserDataChanged\",\"Data\":{\"UserDataList\":[{\"ItemId\":\"a\",\"Played\":1}]}}" })
    void whenAValueHasTheWrongTypeThenWrongTypeIsReported(String text) {
        MessageParserTest.assertFailure(parser.parse(text), LiveParseException.Kind.WRONG_TYPE);
    }

    @Test
    void whenGetSessionsBodyIsNotAnArrayThenAFailureIsReturned() {
        SessionsParser sessions = new SessionsParser();
        for (String body : new String[] { "{}", "", "[{]", "[{\"Id\":\"a\"}] x", nested(10_000) }) {
            assertThrows(LiveParseException.class, () -> sessions.parseSessionList(body),
                    () -> "for " + body.length() + " chars");
        }
    }

    @Test
    void whenAFailureIsReportedThenItsDetailNamesThePathButNoValue() {
        String text = "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"secret-token-value\",\"IsActive\":\"x\"}]}";
        LiveParseException failure = MessageParserTest.assertFailure(parser.parse(text), LiveParseException.Kind.WRONG_TYPE);
        assertTrue(failure.getMessage().contains("IsActive"), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret-token-value"), failure.getMessage());
    }

    @Test
    void whenANumberIsUnreadableThenTheDetailDoesNotQuoteIt() {
        String text = "{\"MessageType\":\"Sessions\",\"Data\":[{\"Id\":\"a\","
                + "\"PlayState\":{\"PositionTicks\":\"pw-1234\"}}]}";
        LiveParseException failure = MessageParserTest.assertFailure(parser.parse(text), LiveParseException.Kind.WRONG_TYPE);
        assertTrue(failure.getMessage().contains("PositionTicks"), failure.getMessage());
        assertFalse(failure.getMessage().contains("pw-1234"), failure.getMessage());
    }

    @Test
    void whenAParserFailsUnexpectedlyThenTheDetailNamesTheFailureButQuotesNoInput() {
        LiveParseException failure = LiveParseException.of(new NumberFormatException("For input string: \"pw-1234\""));
        assertEquals(LiveParseException.Kind.WRONG_TYPE, failure.kind());
        assertTrue(failure.getMessage().contains("NumberFormatException"), failure.getMessage());
        assertFalse(failure.getMessage().contains("pw-1234"), failure.getMessage());
    }
}
