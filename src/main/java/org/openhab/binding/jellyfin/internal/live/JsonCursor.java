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

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.internal.live.LiveParseException.Kind;

import com.google.gson.stream.JsonToken;

/**
 * A strict streaming reader over one JSON document that enforces {@link ParserLimits}: bounded
 * nesting (also while skipping) and bounded strings and lists for every value that is kept. Optional
 * readers treat JSON {@code null} like an absent field. Skipped values are checked for well-formedness
 * but never copied; names the parsers know are returned as shared constants (see {@link JsonText}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class JsonCursor extends JsonTokenizer {

    private static final int[] SCALE = { 1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000,
            100, 10, 1 };

    private JsonCursor(String text, ParserLimits limits) {
        super(text, limits);
    }

    /**
     * Opens a cursor on a document after checking its size.
     *
     * @throws LiveParseException when the document exceeds {@link ParserLimits#maxMessageChars()}
     */
    static JsonCursor open(String json, ParserLimits limits) throws LiveParseException {
        if (json.length() > limits.maxMessageChars()) {
            throw new LiveParseException(Kind.TOO_LARGE,
                    "document of " + json.length() + " characters exceeds " + limits.maxMessageChars());
        }
        return new JsonCursor(json, limits);
    }

    /** A string (numbers are accepted as their text), or null for JSON null. */
    @Nullable
    String optString() throws LiveParseException {
        JsonToken token = peek();
        if (token == JsonToken.NULL) {
            nextIsNull();
            return null;
        }
        if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
            throw wrongType("a string", token);
        }
        String value = scalarText(token);
        valueDone();
        return value;
    }

    /** A JSON string (numbers are refused), or null for JSON null. */
    @Nullable
    String optText() throws LiveParseException {
        JsonToken token = peek();
        if (token != JsonToken.STRING && token != JsonToken.NULL) {
            throw wrongType("a string", token);
        }
        return optString();
    }

    /** A string, or the given default for JSON null. */
    String string(String whenNull) throws LiveParseException {
        String value = optString();
        return value == null ? whenNull : value;
    }

    /** A GUID in normalised form, or empty for JSON null. */
    String guid() throws LiveParseException {
        String value = optGuid();
        return value == null ? "" : value;
    }

    /** A GUID in normalised form (see {@link Guids}), or null for JSON null. */
    @Nullable
    String optGuid() throws LiveParseException {
        String value = optString();
        return value == null ? null : Guids.normalize(value);
    }

    @Nullable
    Boolean optBoolean() throws LiveParseException {
        JsonToken token = peek();
        if (token == JsonToken.NULL) {
            nextIsNull();
            return null;
        }
        if (token != JsonToken.BOOLEAN) {
            throw wrongType("a boolean", token);
        }
        boolean value = json.charAt(pos) == 't';
        pos = json.endOfLiteral(pos, value ? "true" : "false");
        valueDone();
        return value;
    }

    boolean bool(boolean whenNull) throws LiveParseException {
        Boolean value = optBoolean();
        return value == null ? whenNull : value;
    }

    @Nullable
    Integer optInt() throws LiveParseException {
        Long value = optLong();
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw notInRange();
        }
        return value.intValue();
    }

    @Nullable
    Long optLong() throws LiveParseException {
        String text = numberText();
        if (text == null) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            // 1.0 or 1e3 are whole numbers too; anything else is reported by path only, never by value
            double real = parseDouble(text);
            value = (long) real;
            if (value != real) {
                throw notInRange();
            }
        }
        valueDone();
        return value;
    }

    @Nullable
    Double optDouble() throws LiveParseException {
        String text = numberText();
        if (text == null) {
            return null;
        }
        double value = parseDouble(text);
        valueDone();
        return value;
    }

    /** The text of a number, quoted or not, the cursor left on it; null for JSON null (consumed). */
    private @Nullable String numberText() throws LiveParseException {
        if (nextIsNull()) {
            return null;
        }
        JsonToken token = peek();
        if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
            throw wrongType("a number", token);
        }
        return scalarText(token);
    }

    private double parseDouble(String text) throws LiveParseException {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, without the value
        }
        throw notInRange();
    }

    private LiveParseException notInRange() {
        return new LiveParseException(Kind.WRONG_TYPE, "not a number in range at " + path());
    }

    /** A date-time string as an {@link Instant}; null for JSON null and for text that is not a date. */
    @Nullable
    Instant optInstant() throws LiveParseException {
        String value = optString();
        return value == null ? null : parseInstant(value);
    }

    /** An array of strings (null entries dropped); an empty list for JSON null. */
    List<String> stringList() throws LiveParseException {
        if (nextIsNull()) {
            return List.of();
        }
        beginArray();
        List<String> values = new ArrayList<>();
        while (hasNext()) {
            String value = optString();
            if (value != null) {
                checkListSize(values.size());
                values.add(value);
            }
        }
        endArray();
        return List.copyOf(values);
    }

    /**
     * Parses the ISO-8601 date-times Jellyfin and Emby write ({@code 2024-10-15T13:36:46.6727027Z}: .NET writes up
     * to 7 fraction digits, a {@code Z} or an offset such as {@code +02:00}, or no zone at all for unspecified
     * kinds, read as UTC). Hand-written because a session list holds hundreds of dates and
     * {@code DateTimeFormatter} is the slowest part of parsing them.
     *
     * @return the instant, or null when the text is not such a date-time
     */
    static @Nullable Instant parseInstant(String text) {
        int n = text.length();
        if (n < 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || (text.charAt(10) != 'T' && text.charAt(10) != 't' && text.charAt(10) != ' ')
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && text.charAt(i) == '.') {
            i++;
            int count = 0;
            while (i < n && isDigit(text.charAt(i))) {
                if (count < 9) {
                    nanos = nanos * 10 + (text.charAt(i) - '0');
                }
                count++;
                i++;
            }
            if (count == 0) {
                return null;
            }
            nanos *= SCALE[Math.min(count, 9)];
        }
        int offsetSeconds = offsetSeconds(text, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            long epochSecond = epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds;
            return Instant.ofEpochSecond(epochSecond, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return the zone offset in seconds; Integer.MIN_VALUE when the rest of the text is not a zone */
    private static int offsetSeconds(String text, int start) {
        int n = text.length();
        if (start == n) {
            return 0;
        }
        char sign = text.charAt(start);
        if (sign == 'Z' || sign == 'z') {
            return start + 1 == n ? 0 : Integer.MIN_VALUE;
        }
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int hours;
        int minutes = 0;
        int rest = n - start - 1;
        if (rest == 2) {
            hours = digits(text, start + 1, start + 3);
        } else if (rest == 4) {
            hours = digits(text, start + 1, start + 3);
            minutes = digits(text, start + 3, start + 5);
        } else if (rest == 5 && text.charAt(start + 3) == ':') {
            hours = digits(text, start + 1, start + 3);
            minutes = digits(text, start + 4, start + 6);
        } else {
            return Integer.MIN_VALUE;
        }
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** @return the decimal value of text[from, to), or -1 when a character is not a digit */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
