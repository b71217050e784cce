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
package org.openhab.core.library.types;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in: a point in time, held as an {@link Instant}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_GENERAL = "yyyy-MM-dd'T'HH:mm:ss.SSSz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSX";

    private static final String LOCAL_PATTERN = "yyyy-MM-dd'T'HH:mm"
            + "[:ss[.SSSSSSSSS][.SSSSSSSS][.SSSSSSS][.SSSSSS][.SSSSS][.SSSS][.SSS][.SS][.S]]";
    private static final DateTimeFormatter PARSE_LOCAL = DateTimeFormatter.ofPattern(LOCAL_PATTERN);
    private static final DateTimeFormatter PARSE_RFC = DateTimeFormatter.ofPattern(LOCAL_PATTERN + "Z");
    private static final DateTimeFormatter PARSE_ISO = DateTimeFormatter.ofPattern(LOCAL_PATTERN + "X");
    private static final DateTimeFormatter PARSE_ZONE = DateTimeFormatter.ofPattern(LOCAL_PATTERN + "z");
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Instant instant;

    public DateTimeType() {
        this(Instant.now());
    }

    public DateTimeType(Instant instant) {
        this.instant = instant;
    }

    public DateTimeType(ZonedDateTime zoned) {
        this.instant = zoned.toInstant();
    }

    public DateTimeType(String zonedValue) {
        this.instant = parseAny(zonedValue);
    }

    private static Instant parseAny(String text) {
        String value = text.trim();
        if (value.length() > 10 && value.charAt(10) == ' ') {
            value = value.substring(0, 10) + "T" + value.substring(11);
        }
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            // not a full date and time
        }
        try {
            return parse("1970-01-01T" + value);
        } catch (DateTimeParseException e) {
            // not a time only
        }
        try {
            long epoch = Double.valueOf(value).longValue();
            return Long.toString(Math.abs(epoch)).length() < 12 ? Instant.ofEpochSecond(epoch)
                    : Instant.ofEpochMilli(epoch);
        } catch (NumberFormatException e) {
            // not epoch
        }
        try {
            return value.length() == 10 ? parse(value + "T00:00:00")
                    : parse(value.substring(0, 10) + "T00:00:00" + value.substring(10));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(text + " is not in a valid format.", e);
        }
    }

    private static Instant parse(String value) {
        for (DateTimeFormatter formatter : new DateTimeFormatter[] { PARSE_RFC, PARSE_ISO, PARSE_ZONE }) {
            try {
                return ZonedDateTime.parse(value, formatter).toInstant();
            } catch (DateTimeParseException e) {
                // try the next one
            }
        }
        return ZonedDateTime.of(LocalDateTime.parse(value, PARSE_LOCAL), ZoneId.systemDefault()).toInstant();
    }

    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    public ZonedDateTime getZonedDateTime() {
        return instant.atZone(ZoneId.systemDefault());
    }

    public ZonedDateTime getZonedDateTime(ZoneId zoneId) {
        return instant.atZone(zoneId);
    }

    public Instant getInstant() {
        return instant;
    }

    @Override
    public String format(@Nullable String pattern) {
        if (pattern == null) {
            return DateTimeFormatter.ofPattern(DATE_PATTERN).format(getZonedDateTime());
        }
        return String.format(pattern, getZonedDateTime());
    }

    public String format(Locale locale, String pattern) {
        return String.format(locale, pattern, getZonedDateTime());
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return getZonedDateTime().format(OUTPUT);
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj != null && getClass() == obj.getClass() && instant.equals(((DateTimeType) obj).instant);
    }

    @Override
    public int compareTo(DateTimeType o) {
        return instant.compareTo(o.getInstant());
    }
}
