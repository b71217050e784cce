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

import java.util.List;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Mutates JSON text the way broken servers, proxies and attackers do: flipped and dropped characters, cut and
 * repeated spans, stray tokens, values of another type, extreme numbers, huge strings, deep nesting, renamed and
 * repeated keys, and halves of two payloads glued together. Deterministic for a seed.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class JsonMutator {

    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "false",
            "-1", "0", "1e999", "-0.0", "9223372036854775808", "\"\\u0000\"", "\\", "\"\\ud800\"", "\"\\uZZZZ\"",
            "NaN", "Infinity", "//", "/*", "'", "\u0000", "\uFEFF", "\u2028", "😀");
    private static final List<String> VALUES = List.of("null", "true", "42", "-9223372036854775809", "1.5e308",
            "\"\"", "\"text\"", "[]", "{}", "[null]", "{\"Id\":null}", "[[[[[[[[]]]]]]]]", "\"../../System/Restart\"",
            "\"a\\r\\nX-Injected: 1\"", "\"%2F%2e%2e\"", "\"\\u0000\\u001f\"");
    private static final List<String> KEYS = List.of("Id", "id", "ID", "DeviceId", "PlayState", "NowPlayingItem",
            "PositionTicks", "RunTimeTicks", "IsPaused", "VolumeLevel", "MessageType", "Data", "UserId",
            "SupportedCommands", "RepeatMode", "PlayMethod", "LastActivityDate", "ImageTags");

    private final Random random;

    JsonMutator(long seed) {
        this.random = new Random(seed);
    }

    /** @return a mutation of {@code text}, at times spliced with {@code other} */
    String mutate(String text, String other) {
        int rounds = 1 + random.nextInt(3);
        String result = text;
        for (int i = 0; i < rounds; i++) {
            result = once(result, other);
        }
        return result;
    }

    private String once(String text, String other) {
        int length = text.length();
        int at = length == 0 ? 0 : random.nextInt(length);
        int span = length == 0 ? 0 : Math.min(length - at, 1 + random.nextInt(Math.max(1, Math.min(64, length))));
        return switch (random.nextInt(12)) {
            case 0 -> text.substring(0, at) + (char) (random.nextInt(0x2FF)) + text.substring(Math.min(length, at + 1));
            case 1 -> text.substring(0, at) + text.substring(at + span);
            case 2 -> text.substring(0, at + span) + text.substring(at, at + span) + text.substring(at + span);
            case 3 -> text.substring(0, at);
            case 4 -> text.substring(0, at) + pick(TOKENS) + text.substring(at);
            case 5 -> replaceValue(text);
            case 6 -> text.substring(0, at) + other.substring(other.isEmpty() ? 0 : random.nextInt(other.length()));
            case 7 -> replaceValueWith(text, "\"" + "x".repeat(1 + random.nextInt(200_000)) + "\"");
            case 8 -> replaceValueWith(text, random.nextBoolean() ? "-" + Long.MAX_VALUE + "0" : "1e-400");
            case 9 -> renameKey(text);
            case 10 -> text.substring(0, at) + "[".repeat(1 + random.nextInt(5_000)) + text.substring(at);
            default -> duplicateKey(text);
        };
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Replaces the value after a random {@code ":} with a value of another type. */
    private String replaceValue(String text) {
        return replaceValueWith(text, pick(VALUES));
    }

    private String replaceValueWith(String text, String value) {
        int colon = randomIndexOf(text, "\":");
        if (colon < 0) {
            return text + value;
        }
        int start = colon + 2;
        int end = endOfValue(text, start);
        return text.substring(0, start) + value + text.substring(end);
    }

    private String renameKey(String text) {
        int colon = randomIndexOf(text, "\":");
        if (colon < 0) {
            return text;
        }
        int open = text.lastIndexOf('"', colon - 1);
        return open < 0 ? text : text.substring(0, open + 1) + pick(KEYS) + text.substring(colon);
    }

    private String duplicateKey(String text) {
        int brace = randomIndexOf(text, "{\"");
        if (brace < 0) {
            return text;
        }
        String key = "\"" + pick(KEYS) + "\":" + pick(VALUES) + ",";
        return text.substring(0, brace + 1) + key + text.substring(brace + 1);
    }

    private int randomIndexOf(String text, String needle) {
        if (text.isEmpty()) {
            return -1;
        }
        int from = random.nextInt(text.length());
        int found = text.indexOf(needle, from);
        return found >= 0 ? found : text.indexOf(needle);
    }

    /** @return where the JSON value starting at {@code start} ends (roughly: strings, or up to , } ]) */
    private static int endOfValue(String text, int start) {
        int i = start;
        if (i < text.length() && text.charAt(i) == '"') {
            i++;
            while (i < text.length() && text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(text.length(), i + 1);
        }
        int depth = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth-- == 0) {
                return i;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return text.length();
    }
}
