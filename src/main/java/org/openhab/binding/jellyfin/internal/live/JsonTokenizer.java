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

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.live.LiveParseException.Kind;

import com.google.gson.stream.JsonToken;

/**
 * The structure of one JSON document held in a {@link String}: tokens, objects and arrays, names,
 * separators, skipped values and the path for error messages, with the nesting limit of
 * {@link ParserLimits}. {@link JsonCursor} adds the typed values the parsers read.
 * <p>
 * <b>Why this is not Gson's {@code JsonReader}.</b> The bundle imports Gson, whose streaming
 * {@code JsonReader} offers the same reading ({@code peek()}, {@code skipValue()}, a nesting limit, a chosen
 * strictness). It stays hand-written only because it is measured to earn its place: {@code SessionsBenchmark}
 * reads the same {@code Sessions} push with {@code JsonReader} ({@code JsonReaderSessionsParser} in the benchmark
 * sources: the same fields, {@code skipValue()} for the rest, the same limits and shared command sets, then the
 * same snapshot and diff). In the run recorded in docs/benchmarks.md the binding's parse and diff of a
 * 100-session push (275 KB) took 403 microseconds against 978 with {@code JsonReader}: 2.42x faster at the median
 * (2.2-2.6x from 1 to 500 sessions), allocating 112 KB per push against 849 KB. The project keeps this class only
 * while that ratio at 100 sessions stays at 1.5x or more. With {@code JsonReader} the parser would also fall far
 * short of its targets: 1.1-2.0x faster than a full-DTO parse instead of 3x, and 223-336 MB/s, below 300 MB/s for
 * 1 and 100 sessions.
 * <p>
 * Where the difference comes from: {@code JsonReader} copies the text through its buffer and walks skipped strings
 * character by character, where this class finds a string's end with {@link String#indexOf(int, int)} on the text;
 * {@code nextName()} makes a new string for every name of a kept object, where {@link JsonNames} returns shared
 * constants; and a repeated command list (33 entries, twice in every session of the benchmark) is read entry by entry,
 * where {@link SessionsParser} recognises it from its text.
 * <p>
 * The grammar is chosen on purpose: RFC 8259, as Gson's {@code Strictness.LEGACY_STRICT} (the default of
 * {@code JsonReader}) reads it: raw control characters inside strings are accepted, the non-standard {@code \'}
 * escape is not, nor anything only a lenient reader takes (comments, single quotes, unquoted names or strings,
 * {@code NaN}, missing or extra separators). Broken surrogates are kept as written. Skipped values are checked for
 * well-formedness and for the nesting limit like read ones. {@code JsonCursorTest} and {@code HostileInputTest}
 * hold these guarantees.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class JsonTokenizer {

    private static final int DOCUMENT = 0;
    private static final int DOCUMENT_DONE = 1;
    private static final int ARRAY_EMPTY = 2;
    private static final int ARRAY = 3;
    private static final int OBJECT_EMPTY = 4;
    private static final int OBJECT = 5;
    private static final int OBJECT_VALUE = 6;
    private static final int END = JsonText.END;

    final JsonText json;
    final ParserLimits limits;
    private int[] scopes = new int[16];
    private int[] indices = new int[16];
    private @Nullable String[] names = new String[16];
    private int depth;
    int pos;
    /** the separators before the next token are consumed and {@link #pos} is at its first character */
    private boolean ready;

    JsonTokenizer(String text, ParserLimits limits) {
        this.json = new JsonText(text);
        this.limits = limits;
        scopes[0] = DOCUMENT;
    }

    /** @return the first character of the next token, separators consumed; {@link JsonText#END} at the end */
    int next() throws LiveParseException {
        if (ready) {
            return json.charAt(pos);
        }
        pos = json.skipWhitespace(pos);
        int c = json.charAt(pos);
        switch (scopes[depth]) {
            case ARRAY -> {
                if (c == ',') {
                    pos = json.skipWhitespace(pos + 1);
                    c = json.charAt(pos);
                    if (c == ']') {
                        throw malformed("trailing comma");
                    }
                } else if (c != ']' && c != END) {
                    throw malformed("expected , or ]");
                }
            }
            case OBJECT -> {
                if (c == ',') {
                    pos = json.skipWhitespace(pos + 1);
                    c = json.charAt(pos);
                    if (c != '"') {
                        throw malformed("expected a name");
                    }
                } else if (c != '}' && c != END) {
                    throw malformed("expected , or }");
                }
            }
            case OBJECT_EMPTY -> {
                if (c != '"' && c != '}' && c != END) {
                    throw malformed("expected a name");
                }
            }
            default -> {
            }
        }
        if (c == END && depth > 0) {
            throw malformed("end of input");
        }
        ready = true;
        return c;
    }

    JsonToken peek() throws LiveParseException {
        int c = next();
        int scope = scopes[depth];
        if (scope == OBJECT || scope == OBJECT_EMPTY) {
            return c == '}' ? JsonToken.END_OBJECT : JsonToken.NAME;
        }
        return switch (c) {
            case END -> {
                if (scope == DOCUMENT) {
                    throw malformed("end of input");
                }
                yield JsonToken.END_DOCUMENT;
            }
            case '{' -> JsonToken.BEGIN_OBJECT;
            case '[' -> JsonToken.BEGIN_ARRAY;
            case '"' -> JsonToken.STRING;
            // a scalar is checked whole before it is named, so "tru" is malformed, not a boolean
            case 't' -> scalar(JsonToken.BOOLEAN, "true");
            case 'f' -> scalar(JsonToken.BOOLEAN, "false");
            case 'n' -> scalar(JsonToken.NULL, "null");
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> scalar(JsonToken.NUMBER, "");
            case ']' -> {
                if (scope != ARRAY && scope != ARRAY_EMPTY) {
                    throw malformed("unexpected ]");
                }
                yield JsonToken.END_ARRAY;
            }
            default -> throw malformed("unexpected character");
        };
    }

    private JsonToken scalar(JsonToken token, String literal) throws LiveParseException {
        try {
            if (literal.isEmpty()) {
                json.endOfNumber(pos);
            } else {
                json.endOfLiteral(pos, literal);
            }
        } catch (LiveParseException e) {
            throw malformed(String.valueOf(e.getMessage()));
        }
        return token;
    }

    /** @return where the cursor is, e.g. {@code $.Data[3].PlayState}: names and indices only, never values */
    String path() {
        StringBuilder path = new StringBuilder("$");
        for (int i = 1; i <= depth; i++) {
            if (scopes[i] == ARRAY || scopes[i] == ARRAY_EMPTY) {
                path.append('[').append(indices[i]).append(']');
            } else {
                String name = names[i];
                if (name != null) {
                    path.append('.').append(name);
                }
            }
        }
        return path.toString();
    }

    void beginObject() throws LiveParseException {
        expect(JsonToken.BEGIN_OBJECT);
        push(OBJECT_EMPTY);
    }

    void endObject() throws LiveParseException {
        if (peek() != JsonToken.END_OBJECT) {
            throw malformed("expected }");
        }
        pop();
    }

    void beginArray() throws LiveParseException {
        expect(JsonToken.BEGIN_ARRAY);
        push(ARRAY_EMPTY);
    }

    void endArray() throws LiveParseException {
        if (peek() != JsonToken.END_ARRAY) {
            throw malformed("expected ]");
        }
        pop();
    }

    void push(int scope) throws LiveParseException {
        if (depth >= limits.maxNestingDepth()) {
            throw tooDeep();
        }
        depth++;
        if (depth == scopes.length) {
            scopes = Arrays.copyOf(scopes, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
            names = Arrays.copyOf(names, depth * 2);
        }
        scopes[depth] = scope;
        indices[depth] = 0;
        names[depth] = null;
        pos++;
        ready = false;
    }

    void pop() {
        pos++;
        depth--;
        valueDone();
    }

    /** Moves the enclosing scope on after a complete value. */
    void valueDone() {
        switch (scopes[depth]) {
            case ARRAY_EMPTY, ARRAY -> {
                scopes[depth] = ARRAY;
                indices[depth]++;
            }
            case OBJECT_VALUE -> scopes[depth] = OBJECT;
            case DOCUMENT -> scopes[depth] = DOCUMENT_DONE;
            default -> {
            }
        }
        ready = false;
    }

    boolean hasNext() throws LiveParseException {
        int c = next();
        return c != '}' && c != ']' && c != END;
    }

    String nextName() throws LiveParseException {
        JsonToken token = peek();
        if (token != JsonToken.NAME) {
            throw wrongType("a name", token);
        }
        int close = json.endOfString(pos);
        String name;
        if (json.lastStringEscaped()) {
            name = json.decode(pos, close);
        } else {
            String known = JsonNames.known(json.text, pos + 1, close);
            name = known != null ? known : json.text.substring(pos + 1, close);
        }
        pos = json.skipWhitespace(close + 1);
        if (json.charAt(pos) != ':') {
            throw malformed("expected :");
        }
        pos++;
        scopes[depth] = OBJECT_VALUE;
        names[depth] = name;
        ready = false;
        return name;
    }

    /** Skips the next value, checking that it is well-formed and not nested too deep. */
    void skipValue() throws LiveParseException {
        JsonToken token = peek();
        if (token == JsonToken.NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY
                || token == JsonToken.END_DOCUMENT) {
            throw wrongType("a value", token);
        }
        try {
            pos = json.skipValue(pos, limits.maxNestingDepth() - depth);
        } catch (LiveParseException e) {
            throw new LiveParseException(e.kind(), e.getMessage() + " at " + path());
        }
        valueDone();
    }

    /** Checks that nothing but whitespace follows the top-level value. */
    void expectEnd() throws LiveParseException {
        if (next() != END) {
            throw new LiveParseException(Kind.MALFORMED, "trailing content after the document");
        }
    }

    /**
     * @return true when the next value is JSON null (consumed); false otherwise (nothing consumed)
     */
    boolean nextIsNull() throws LiveParseException {
        if (peek() == JsonToken.NULL) {
            pos = json.endOfLiteral(pos, "null");
            valueDone();
            return true;
        }
        return false;
    }

    /** The text of the string or number at the cursor, moved past it. */
    String scalarText(JsonToken token) throws LiveParseException {
        int start = pos;
        if (token == JsonToken.NUMBER) {
            pos = json.endOfNumber(start);
            return json.text.substring(start, pos);
        }
        int close = json.endOfString(start);
        if (close - start - 1 > limits.maxStringChars()) {
            throw new LiveParseException(Kind.STRING_TOO_LONG,
                    "string of " + (close - start - 1) + " characters at " + path());
        }
        pos = close + 1;
        return json.lastStringEscaped() ? json.decode(start, close) : json.text.substring(start + 1, close);
    }

    void checkListSize(int sizeSoFar) throws LiveParseException {
        if (sizeSoFar >= limits.maxListEntries()) {
            throw new LiveParseException(Kind.TOO_LARGE,
                    "more than " + limits.maxListEntries() + " entries at " + path());
        }
    }

    void expect(JsonToken expected) throws LiveParseException {
        JsonToken token = peek();
        if (token != expected) {
            throw wrongType(expected.name(), token);
        }
    }

    LiveParseException wrongType(String expected, JsonToken actual) {
        return new LiveParseException(Kind.WRONG_TYPE,
                "expected " + expected + " but found " + actual + " at " + path());
    }

    LiveParseException malformed(String what) {
        return new LiveParseException(Kind.MALFORMED, what + " at " + path() + ", character " + pos);
    }

    LiveParseException tooDeep() {
        return new LiveParseException(Kind.TOO_DEEP,
                "nesting limit " + limits.maxNestingDepth() + " reached at " + path());
    }

    /**
     * Moves past an array at the cursor that is known to be complete and valid.
     *
     * @param length its length in characters, brackets included
     */
    void skipValidArray(int length) throws LiveParseException {
        if (depth >= limits.maxNestingDepth()) {
            throw tooDeep();
        }
        pos += length;
        valueDone();
    }
}
