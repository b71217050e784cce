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

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * A strict streaming reader over one JSON document that enforces {@link ParserLimits}: bounded
 * nesting (checked by Gson's reader, also while skipping) and bounded strings and lists for every
 * value that is kept. Optional readers treat JSON {@code null} like an absent field.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class JsonCursor {

    private static final String NESTING_MESSAGE = "Nesting limit";

    private final JsonReader reader;
    private final ParserLimits limits;

    private JsonCursor(String json, ParserLimits limits) {
        this.limits = limits;
        this.reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.LEGACY_STRICT);
        reader.setNestingLimit(limits.maxNestingDepth());
    }

    /**
     * Opens a cursor on a document after checking its size.
     *
     * @throws LiveParseException when the document exceeds {@link ParserLimits#maxMessageChars()}
     */
    static JsonCursor open(String json, ParserLimits limits) throws LiveParseException {
        if (json.length() > limits.maxMessageChars()) {
            throw new LiveParseException(ParseFailure.Kind.TOO_LARGE,
                    "document of " + json.length() + " characters exceeds " + limits.maxMessageChars());
        }
        return new JsonCursor(json, limits);
    }

    ParserLimits limits() {
        return limits;
    }

    /** Converts anything the parsers or Gson's reader may throw into a {@link ParseFailure}. */
    static ParseFailure failureOf(Exception e) {
        if (e instanceof LiveParseException lpe) {
            return new ParseFailure(lpe.kind(), String.valueOf(lpe.getMessage()));
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof MalformedJsonException && message.startsWith(NESTING_MESSAGE)) {
            return new ParseFailure(ParseFailure.Kind.TOO_DEEP, shorten(message));
        }
        if (e instanceof IllegalStateException || e instanceof NumberFormatException) {
            return new ParseFailure(ParseFailure.Kind.WRONG_TYPE, shorten(message));
        }
        return new ParseFailure(ParseFailure.Kind.MALFORMED, e.getClass().getSimpleName() + ": " + shorten(message));
    }

    private static String shorten(String message) {
        // Gson appends a troubleshooting URL; keep the first sentence with the path
        int cut = message.indexOf("\nSee ");
        String first = cut >= 0 ? message.substring(0, cut) : message;
        return first.length() > 300 ? first.substring(0, 300) : first;
    }

    JsonToken peek() throws IOException {
        return reader.peek();
    }

    String path() {
        return reader.getPath();
    }

    void beginObject() throws IOException {
        expect(JsonToken.BEGIN_OBJECT);
        reader.beginObject();
    }

    void endObject() throws IOException {
        reader.endObject();
    }

    void beginArray() throws IOException {
        expect(JsonToken.BEGIN_ARRAY);
        reader.beginArray();
    }

    void endArray() throws IOException {
        reader.endArray();
    }

    boolean hasNext() throws IOException {
        return reader.hasNext();
    }

    String nextName() throws IOException {
        return reader.nextName();
    }

    void skipValue() throws IOException {
        reader.skipValue();
    }

    /** Checks that nothing but whitespace follows the top-level value. */
    void expectEnd() throws IOException {
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new LiveParseException(ParseFailure.Kind.MALFORMED, "trailing content after the document");
        }
    }

    /**
     * @return true when the next value is JSON null (consumed); false otherwise (nothing consumed)
     */
    boolean nextIsNull() throws IOException {
        if (reader.peek() == JsonToken.NULL) {
            reader.nextNull();
            return true;
        }
        return false;
    }

    /** A string (numbers are accepted as their text), or null for JSON null. */
    @Nullable
    String optString() throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.NULL) {
            reader.nextNull();
            return null;
        }
        if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
            throw wrongType("a string", token);
        }
        String value = reader.nextString();
        if (value.length() > limits.maxStringChars()) {
            throw new LiveParseException(ParseFailure.Kind.STRING_TOO_LONG,
                    "string of " + value.length() + " characters at " + reader.getPath());
        }
        return value;
    }

    /** A JSON string (numbers are refused), or null for JSON null. */
    @Nullable
    String optText() throws IOException {
        JsonToken token = reader.peek();
        if (token != JsonToken.STRING && token != JsonToken.NULL) {
            throw wrongType("a string", token);
        }
        return optString();
    }

    /** A string, or the given default for JSON null. */
    String string(String whenNull) throws IOException {
        String value = optString();
        return value == null ? whenNull : value;
    }

    /** A GUID in normalised form (see {@link Guids}), or null for JSON null. */
    @Nullable
    String optGuid() throws IOException {
        String value = optString();
        return value == null ? null : Guids.normalize(value);
    }

    @Nullable
    Boolean optBoolean() throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.NULL) {
            reader.nextNull();
            return null;
        }
        if (token != JsonToken.BOOLEAN) {
            throw wrongType("a boolean", token);
        }
        return reader.nextBoolean();
    }

    boolean bool(boolean whenNull) throws IOException {
        Boolean value = optBoolean();
        return value == null ? whenNull : value;
    }

    @Nullable
    Integer optInt() throws IOException {
        if (nextIsNull()) {
            return null;
        }
        expectNumber();
        try {
            return reader.nextInt();
        } catch (NumberFormatException e) {
            // Gson's message quotes the value: report the path only
            throw new LiveParseException(ParseFailure.Kind.WRONG_TYPE, "not a number in range at " + reader.getPath());
        }
    }

    @Nullable
    Long optLong() throws IOException {
        if (nextIsNull()) {
            return null;
        }
        expectNumber();
        try {
            return reader.nextLong();
        } catch (NumberFormatException e) {
            // Gson's message quotes the value: report the path only
            throw new LiveParseException(ParseFailure.Kind.WRONG_TYPE, "not a number in range at " + reader.getPath());
        }
    }

    @Nullable
    Double optDouble() throws IOException {
        if (nextIsNull()) {
            return null;
        }
        expectNumber();
        try {
            return reader.nextDouble();
        } catch (NumberFormatException e) {
            // Gson's message quotes the value: report the path only
            throw new LiveParseException(ParseFailure.Kind.WRONG_TYPE, "not a number in range at " + reader.getPath());
        }
    }

    /** A date-time string as an {@link Instant}; null for JSON null and for text that is not a date. */
    @Nullable
    Instant optInstant() throws IOException {
        String value = optString();
        return value == null ? null : IsoInstants.parse(value);
    }

    /** An array of strings (null entries dropped); an empty list for JSON null. */
    List<String> stringList() throws IOException {
        if (nextIsNull()) {
            return List.of();
        }
        beginArray();
        List<String> values = new ArrayList<>();
        while (reader.hasNext()) {
            String value = optString();
            if (value != null) {
                checkListSize(values.size());
                values.add(value);
            }
        }
        reader.endArray();
        return List.copyOf(values);
    }

    void checkListSize(int sizeSoFar) throws LiveParseException {
        if (sizeSoFar >= limits.maxListEntries()) {
            throw new LiveParseException(ParseFailure.Kind.TOO_LARGE,
                    "more than " + limits.maxListEntries() + " entries at " + reader.getPath());
        }
    }

    private void expect(JsonToken expected) throws IOException {
        JsonToken token = reader.peek();
        if (token != expected) {
            throw wrongType(expected.name(), token);
        }
    }

    private void expectNumber() throws IOException {
        JsonToken token = reader.peek();
        if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
            throw wrongType("a number", token);
        }
    }

    private LiveParseException wrongType(String expected, JsonToken actual) {
        return new LiveParseException(ParseFailure.Kind.WRONG_TYPE,
                "expected " + expected + " but found " + actual + " at " + reader.getPath());
    }
}
