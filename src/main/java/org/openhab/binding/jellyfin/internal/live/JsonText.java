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
import org.openhab.binding.jellyfin.internal.live.LiveParseException.Kind;

/**
 * Character-level scanning of one JSON document held in a {@link String}: where a string, a number or a
 * literal ends, escapes decoded. Strings are found with {@link String#indexOf(int, int)}; the position of
 * the next backslash is remembered, so a document is searched for backslashes once, front to back.
 * Knows nothing of structure; {@link JsonCursor} drives it.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class JsonText {

    static final int END = -1;

    final String text;
    final int length;
    private int backslash = -1;
    private boolean lastStringEscaped;
    private boolean[] skipStack = new boolean[16];

    JsonText(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * Skips one value, checking that it is well-formed.
     *
     * @param start the value's first character
     * @param levels how many more levels of nesting are allowed
     * @return the index after the value
     */
    int skipValue(int start, int levels) throws LiveParseException {
        int pos = start;
        int open = 0;
        while (true) {
            int c = charAt(pos);
            if (c == '{' || c == '[') {
                if (open >= levels) {
                    throw new LiveParseException(Kind.TOO_DEEP, "nesting limit reached");
                }
                if (open == skipStack.length) {
                    skipStack = Arrays.copyOf(skipStack, open * 2);
                }
                boolean object = c == '{';
                skipStack[open++] = object;
                pos = skipWhitespace(pos + 1);
                if (charAt(pos) != (object ? '}' : ']')) {
                    pos = object ? skipName(pos) : pos;
                    continue;
                }
                pos++;
                open--;
            } else {
                pos = skipScalar(pos, c);
            }
            // a value is complete: close the containers it completes, or move on to the next entry
            while (open > 0) {
                boolean object = skipStack[open - 1];
                pos = skipWhitespace(pos);
                int d = charAt(pos);
                if (d == ',') {
                    pos = skipWhitespace(pos + 1);
                    pos = object ? skipName(pos) : pos;
                    break;
                }
                if (d != (object ? '}' : ']')) {
                    throw new LiveParseException(Kind.MALFORMED,
                            object ? "expected , or }" : "expected , or ]");
                }
                pos++;
                open--;
            }
            if (open == 0) {
                return pos;
            }
        }
    }

    /** @return the index of the value after the name and colon at {@code start} */
    private int skipName(int start) throws LiveParseException {
        if (charAt(start) != '"') {
            throw new LiveParseException(Kind.MALFORMED, "expected a name");
        }
        int colon = skipWhitespace(endOfString(start) + 1);
        if (charAt(colon) != ':') {
            throw new LiveParseException(Kind.MALFORMED, "expected :");
        }
        return skipWhitespace(colon + 1);
    }

    private int skipScalar(int start, int c) throws LiveParseException {
        return switch (c) {
            case '"' -> endOfString(start) + 1;
            case 't' -> endOfLiteral(start, "true");
            case 'f' -> endOfLiteral(start, "false");
            case 'n' -> endOfLiteral(start, "null");
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> endOfNumber(start);
            case END -> throw new LiveParseException(Kind.MALFORMED, "end of input");
            default -> throw new LiveParseException(Kind.MALFORMED, "unexpected character");
        };
    }

    /** @return the first index at or after {@code from} that is not JSON whitespace */
    int skipWhitespace(int from) {
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return i;
            }
            i++;
        }
        return i;
    }

    /** @return the character at {@code index}, or {@link #END} */
    int charAt(int index) {
        return index < length ? text.charAt(index) : END;
    }

    /**
     * @param quote the index of the opening quote
     * @return the index of the closing quote, escapes checked
     */
    int endOfString(int quote) throws LiveParseException {
        int i = quote + 1;
        lastStringEscaped = false;
        while (true) {
            int close = text.indexOf('"', i);
            if (close < 0) {
                throw new LiveParseException(Kind.MALFORMED, "unterminated string");
            }
            int escape = nextBackslash(i);
            if (escape > close) {
                return close;
            }
            lastStringEscaped = true;
            i = escape + 1 + escapeLength(escape + 1);
        }
    }

    /** @return whether the string last found by {@link #endOfString(int)} holds an escape */
    boolean lastStringEscaped() {
        return lastStringEscaped;
    }

    private int nextBackslash(int from) {
        if (backslash < from) {
            int found = text.indexOf('\\', from);
            backslash = found < 0 ? Integer.MAX_VALUE : found;
        }
        return backslash;
    }

    /** @return how many characters follow the backslash in a valid escape */
    private int escapeLength(int at) throws LiveParseException {
        int c = charAt(at);
        switch (c) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
                return 1;
            case 'u':
                for (int i = at + 1; i <= at + 4; i++) {
                    if (Character.digit(charAt(i), 16) < 0) {
                        throw new LiveParseException(Kind.MALFORMED, "invalid unicode escape");
                    }
                }
                return 5;
            default:
                throw new LiveParseException(Kind.MALFORMED, "invalid escape sequence");
        }
    }

    /** Decodes the escapes of a string between {@code quote} and {@code close} (both found valid before). */
    String decode(int quote, int close) {
        StringBuilder out = new StringBuilder(close - quote);
        int i = quote + 1;
        while (i < close) {
            char c = text.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(i++);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text, i, i + 4, 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /**
     * @param start the first character of a number
     * @return the index after it, the JSON number grammar checked
     */
    int endOfNumber(int start) throws LiveParseException {
        int i = start;
        if (charAt(i) == '-') {
            i++;
        }
        if (charAt(i) == '0') {
            i++;
        } else {
            i = digits(i);
        }
        if (charAt(i) == '.') {
            i = digits(i + 1);
        }
        int c = charAt(i);
        if (c == 'e' || c == 'E') {
            i++;
            c = charAt(i);
            if (c == '+' || c == '-') {
                i++;
            }
            i = digits(i);
        }
        return checkDelimiter(i);
    }

    private int digits(int start) throws LiveParseException {
        int i = start;
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            throw new LiveParseException(Kind.MALFORMED, "malformed number");
        }
        return i;
    }

    /**
     * @param start where the literal should begin
     * @return the index after it
     */
    int endOfLiteral(int start, String literal) throws LiveParseException {
        if (!text.startsWith(literal, start)) {
            throw new LiveParseException(Kind.MALFORMED, "unexpected character");
        }
        return checkDelimiter(start + literal.length());
    }

    /** A scalar must be followed by whitespace, a separator, a closing bracket or the end. */
    private int checkDelimiter(int end) throws LiveParseException {
        int c = charAt(end);
        if (c == END || c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            return end;
        }
        throw new LiveParseException(Kind.MALFORMED, "unexpected character after a value");
    }
}
