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
package org.openhab.binding.jellyfin.internal.api.dto;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The date forms the servers write: ISO-8601 with 0 to 7 fraction digits, with or without an offset
 * (then UTC), and Emby's compact {@code yyyyMMddHHmmss} (UTC).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ServerDates {

    public static final DateTimeFormatter EMBY_COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private ServerDates() {
    }

    /**
     * @return the instant, or null when the text is empty or not a date
     */
    public static @Nullable Instant parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        try {
            if (s.length() == 14 && s.chars().allMatch(Character::isDigit)) {
                return LocalDateTime.parse(s, EMBY_COMPACT).toInstant(ZoneOffset.UTC);
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
            return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * @return the date as Emby's {@code DatePlayed} wants it
     */
    public static String formatEmby(Instant instant) {
        return EMBY_COMPACT.format(instant);
    }

    /**
     * @return the date as ISO-8601 in UTC (Jellyfin's date-time parameters)
     */
    public static String formatIso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
