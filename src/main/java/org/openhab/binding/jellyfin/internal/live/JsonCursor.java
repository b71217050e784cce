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

import java.time.Instant;
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
 * but never copied; names the parsers know are returned as shared constants (see {@link JsonNames}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class JsonCursor extends JsonTokenizer {

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
        return value == null ? null : IsoInstants.parse(value);
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
}
