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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The date-times of session and user data pushes, read without {@code DateTimeFormatter}: a session list holds
 * hundreds of dates, and the formatter was the slowest part of parsing them.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class IsoInstants {

    private static final int[] SCALE = { 1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000,
            100, 10, 1 };

    private IsoInstants() {
    }

    /**
     * Parses the ISO-8601 date-times Jellyfin and Emby write ({@code 2024-10-15T13:36:46.6727027Z}: .NET writes up
     * to 7 fraction digits, a {@code Z} or an offset such as {@code +02:00}, or no zone at all for unspecified
     * kinds, read as UTC).
     *
     * @return the instant, or null when the text is not such a date-time
     */
    static @Nullable Instant parse(String text) {
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
