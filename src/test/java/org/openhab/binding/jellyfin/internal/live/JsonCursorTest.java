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
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.jellyfin.internal.handler.SessionProjection;

/**
 * The JSON reading under the parsers: the grammar it accepts, escapes, broken surrogates, numbers, skipped values
 * and the command lists that are recognised by their text.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class JsonCursorTest {

    private final SessionsParser parser = new SessionsParser();

    private List<SessionState> parse(String json) {
        return assertDoesNotThrow(() -> parser.parseSessionList(json));
    }

    private LiveParseException failure(String json) {
        return assertThrows(LiveParseException.class, () -> parser.parseSessionList(json));
    }

    @Test
    void whenAKeptStringHasEscapesThenTheyAreDecoded() {
        SessionState s = parse("[{\"Id\":\"a\",\"DeviceName\":\"Living \\\"room\\\" \\u00e9\\n\\\\\\/\"}]").get(0);
        assertEquals("Living \"room\" \u00e9\n\\/", s.deviceName());
    }

    @Test
    void whenANameIsWrittenWithEscapesThenItIsStillRecognised() {
        SessionState s = parse("[{\"\\u0049d\":\"a\",\"User\\u004eame\":\"bob\"}]").get(0);
        assertEquals("a", s.id());
        assertEquals("bob", s.userName());
    }

    @Test
    void whenAnUnknownFieldComesBetweenKnownOnesThenBothAreRead() {
        SessionState s = parse("[{\"Id\":\"a\",\"SomethingNew\":{\"x\":[1,2.5e3,-0.1,true,false,null,\"}\"]},"
                + "\"UserName\":\"bob\"}]").get(0);
        assertEquals("bob", s.userName());
    }

    @ParameterizedTest
    @ValueSource(strings = { "[{\"Id\":\"a\",\"Extra\":[{\"b\" 1}]}]", "[{\"Id\":\"a\",\"Extra\":[1,]}]",
            "[{\"Id\":\"a\",\"Extra\":{\"b\":1,}}]", "[{\"Id\":\"a\",\"Extra\":\"bad \\q escape\"}]",
            "[{\"Id\":\"a\",\"Extra\":\"\\u12\"}]", "[{\"Id\":\"a\",\"Extra\":01}]", "[{\"Id\":\"a\",\"Extra\":tru}]",
            "[{\"Id\":\"a\",\"Extra\":-}]", "[{\"Id\":\"a\",\"Extra\":1.}]", "[{\"Id\":\"a\",\"Extra\":[1 2]}]",
            "[{\"Id\":\"a\",\"Extra\":{b:1}}]", "[{\"Id\":\"a\",\"Extra\":\"unterminated}]",
            "[{\"Id\":\"a\"} {\"Id\":\"b\"}]", "[{\"Id\":\"a\",,\"UserName\":\"b\"}]", "[{\"Id\" \"a\"}]" })
    void whenSkippedOrStructuralTextIsMalformedThenMalformedIsReported(String json) {
        assertEquals(LiveParseException.Kind.MALFORMED, failure(json).kind(), json);
    }

    /**
     * The grammar is chosen on purpose: RFC 8259, the grammar of Gson's {@code Strictness.LEGACY_STRICT} (the
     * default of its {@code JsonReader}) without the non-standard {@code \'} escape. Nothing that only a lenient
     * reader accepts gets through, whether the value is kept or skipped.
     */
    @ParameterizedTest
    @ValueSource(strings = { "'a'", "a", "NaN", "Infinity", "-Infinity", "+1", "0x1F", ".5", "\"\\'\"", "1 2",
            "\"a\" // comment", "/* comment */ \"a\"", "# comment\n\"a\"" })
    void whenAValueUsesSyntaxOnlyALenientReaderAcceptsThenMalformedIsReported(String value) {
        assertEquals(LiveParseException.Kind.MALFORMED,
                failure("[{\"Id\":\"a\",\"DeviceName\":" + value + "}]").kind(), "kept: " + value);
        assertEquals(LiveParseException.Kind.MALFORMED,
                failure("[{\"Id\":\"a\",\"SomethingNew\":" + value + "}]").kind(), "skipped: " + value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "[{\"Id\":\"a\"};{\"Id\":\"b\"}]", "[{\"Id\"=\"a\"}]", "[{\"Id\"=>\"a\"}]",
            "[{Id:\"a\"}]", "[{'Id':\"a\"}]", "[{\"Id\":\"a\"},]", "[,{\"Id\":\"a\"}]", "[{\"Id\":\"a\",}]",
            "[{\"Id\":\"a\"}] // comment", "/* comment */ [{\"Id\":\"a\"}]", "[{\"Id\":\"a\"}] []",
            "[{\"Id\":\"a\",\"X\":[1;2]}]", "[{\"Id\":\"a\",\"X\":{\"b\"=1}}]", "[{\"Id\":\"a\",\"X\":{b:1}}]",
            "[{\"Id\":\"a\",\"X\":{'b':1}}]", "[{\"Id\":\"a\",\"X\":[,1]}]", "[{\"Id\":\"a\",\"X\":{,}}]" })
    void whenTheStructureUsesSyntaxOnlyALenientReaderAcceptsThenMalformedIsReported(String json) {
        assertEquals(LiveParseException.Kind.MALFORMED, failure(json).kind(), json);
    }

    @Test
    void whenTheDocumentHasANonExecutePrefixThenMalformedIsReported() {
        assertEquals(LiveParseException.Kind.MALFORMED, failure(")]}'\n[{\"Id\":\"a\"}]").kind());
    }

    @Test
    void whenAStringHoldsRawControlCharactersThenItIsReadAsLegacyStrictGsonReadsIt() {
        SessionState s = parse("[{\"Id\":\"a\",\"DeviceName\":\"tab\there\u0001\",\"Other\":\"x\ny\"}]").get(0);
        assertEquals("tab\there\u0001", s.deviceName());
    }

    /**
     * JSON escapes UTF-16 code units, so a hostile server can write a surrogate without its partner. Such a string
     * is read as written, like Gson reads it: no exception, nothing dropped, and the channel projection takes it.
     */
    @ParameterizedTest
    @CsvSource({ "\\ud800, \ud800", "\\udc00, \udc00", "\\udc00\\ud800, \udc00\ud800", "x\\ud83dy, x\ud83dy",
            "\\ud83d\\ude00, \ud83d\ude00", "\ud800, \ud800", "a\udfffb, a\udfffb" })
    void whenAStringHasABrokenSurrogateThenItIsKeptAsWritten(String written, String expected) {
        String json = "[{\"Id\":\"a\",\"DeviceName\":\"" + written + "\",\"Skipped\":\"" + written
                + "\",\"NowPlayingItem\":{\"Id\":\"i\",\"Name\":\"" + written + "\"}}]";
        SessionState s = parse(json).get(0);
        assertEquals(expected, s.deviceName());
        NowPlayingItem item = s.nowPlayingItem();
        assertNotNull(item);
        assertEquals(expected, item.name());
        assertFalse(SessionProjection.project(s, s.playState().positionTicks(), null, "http://127.0.0.1:8096").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\\ud8", "\\ud8\"", "\\uD80G", "\\u" })
    void whenASurrogateEscapeIsCutShortThenMalformedIsReported(String written) {
        assertEquals(LiveParseException.Kind.MALFORMED,
                failure("[{\"Id\":\"a\",\"DeviceName\":\"" + written + "\"}]").kind(), written);
        assertEquals(LiveParseException.Kind.MALFORMED,
                failure("[{\"Id\":\"a\",\"Skipped\":\"" + written + "\"}]").kind(), written);
    }

    @Test
    void whenNumbersAreWholeInAnyNotationThenTheyAreRead() {
        List<SessionState> sessions = parse("[{\"Id\":\"a\",\"PlayState\":{\"VolumeLevel\":5.0}},"
                + "{\"Id\":\"b\",\"PlayState\":{\"VolumeLevel\":\"7\"}},"
                + "{\"Id\":\"c\",\"PlayState\":{\"VolumeLevel\":1e1,\"PositionTicks\":-12}}]");
        assertEquals(5, sessions.get(0).playState().volumeLevel());
        assertEquals(7, sessions.get(1).playState().volumeLevel());
        assertEquals(10, sessions.get(2).playState().volumeLevel());
        assertEquals(-12L, sessions.get(2).playState().positionTicks());
    }

    @ParameterizedTest
    @ValueSource(strings = { "5.5", "3000000000", "\"NaN\"", "\"\"" })
    void whenANumberIsNotAWholeNumberInRangeThenWrongTypeIsReported(String volume) {
        LiveParseException failure = failure("[{\"Id\":\"a\",\"PlayState\":{\"VolumeLevel\":" + volume + "}}]");
        assertEquals(LiveParseException.Kind.WRONG_TYPE, failure.kind());
        assertTrue(failure.getMessage().contains("VolumeLevel"), failure.getMessage());
    }

    @Test
    void whenACommandListArrivesAgainWithOtherSpacingThenItIsReadAndEqual() {
        Set<String> compact = parse("[{\"Id\":\"a\",\"SupportedCommands\":[\"Mute\",\"Unmute\"]}]").get(0)
                .supportedCommands();
        Set<String> spaced = parse("[{\"Id\":\"a\",\"SupportedCommands\":[ \"Mute\" , \"Unmute\" ]}]").get(0)
                .supportedCommands();
        assertEquals(Set.of("Mute", "Unmute"), spaced);
        assertSame(compact, spaced, "equal lists share one set");
    }

    @Test
    void whenARecognisedCommandListIsFollowedByGarbageThenTheSessionListFails() {
        parse("[{\"Id\":\"a\",\"SupportedCommands\":[\"Mute\",\"Unmute\"]}]");
        assertEquals(LiveParseException.Kind.MALFORMED,
                failure("[{\"Id\":\"a\",\"SupportedCommands\":[\"Mute\",\"Unmute\"]x}]").kind());
        assertEquals(LiveParseException.Kind.MALFORMED,
                failure("[{\"Id\":\"a\",\"SupportedCommands\":[\"Mute\",\"Unmute\"]").kind());
    }

    @Test
    void whenARecognisedCommandListIsNestedBeyondTheLimitThenTooDeepIsReported() {
        SessionsParser shallow = new SessionsParser(new ParserLimits(1 << 20, 256, 3, 64));
        String list = "[\"Mute\",\"Unmute\"]";
        assertDoesNotThrow(() -> shallow.parseSessionList("[{\"Id\":\"a\",\"SupportedCommands\":" + list + "}]"));
        LiveParseException failure = assertThrows(LiveParseException.class, () -> shallow
                .parseSessionList("[{\"Id\":\"a\",\"Capabilities\":{\"SupportedCommands\":" + list + "}}]"));
        assertEquals(LiveParseException.Kind.TOO_DEEP, failure.kind());
    }
}
