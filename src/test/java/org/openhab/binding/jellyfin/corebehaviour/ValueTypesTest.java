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
package org.openhab.binding.jellyfin.corebehaviour;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Instant;

import javax.measure.quantity.Time;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.UnDefType;

/**
 * How the openHAB value types the binding uses parse, compare and print.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ValueTypesTest {

    @Test
    void whenPercentParsedThenValueAndTextAreKept() {
        PercentType percent = new PercentType("35");
        assertEquals(35, percent.intValue());
        assertEquals("35", percent.toString());
        assertEquals(new PercentType(35), percent);
        assertEquals(PercentType.valueOf("35"), percent);
    }

    @Test
    void whenPercentOutOfRangeThenRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PercentType(101));
        assertThrows(IllegalArgumentException.class, () -> new PercentType("-1"));
        assertDoesNotThrow(() -> new PercentType(BigDecimal.valueOf(100)));
    }

    @Test
    void whenPercentConvertedThenOnOffFollowsZero() {
        assertEquals(OnOffType.OFF, PercentType.ZERO.as(OnOffType.class));
        assertEquals(OnOffType.ON, new PercentType(1).as(OnOffType.class));
        assertEquals(PercentType.HUNDRED, OnOffType.ON.as(PercentType.class));
        assertEquals(PercentType.ZERO, OnOffType.OFF.as(PercentType.class));
    }

    @Test
    void whenDecimalsCompareThenScaleDoesNotMatter() {
        assertEquals(new DecimalType("1.0"), new DecimalType("1"));
        assertEquals("12.5", new DecimalType("12.5").toString());
        assertEquals("35", new DecimalType(35).toString());
        assertTrue(new DecimalType(2).compareTo(new DecimalType("10")) < 0);
        assertEquals(7L, DecimalType.valueOf("7").longValue());
    }

    @Test
    void whenQuantityParsedThenUnitAndTextAreOpenhabs() {
        // openHAB cannot know the quantity of parsed text: valueOf(String) gives a QuantityType<? extends Quantity<?>>
        QuantityType<?> seconds = QuantityType.valueOf("120 s");
        QuantityType<?> inSeconds = seconds.toUnit(Units.SECOND);
        assertNotNull(inSeconds);
        assertEquals(120, inSeconds.intValue());
        assertEquals("120 s", inSeconds.toString());
        assertEquals(Units.SECOND, seconds.getUnit());
        assertEquals("120 s", new QuantityType<>(120, Units.SECOND).toString());
    }

    @Test
    void whenQuantityConvertedThenValueFollowsUnit() {
        QuantityType<Time> twoMinutes = new QuantityType<>(2, Units.MINUTE);
        QuantityType<Time> seconds = twoMinutes.toUnit(Units.SECOND);
        assertNotNull(seconds);
        assertEquals(120, seconds.intValue());
        assertEquals(new QuantityType<>(120, Units.SECOND), seconds);
    }

    @Test
    void whenPercentQuantityPrintedThenPercentSignFollows() {
        assertEquals("35 %", new QuantityType<>(35, Units.PERCENT).toString());
    }

    @Test
    void whenDateTimeFromInstantThenInstantIsKept() {
        Instant instant = Instant.parse("2024-05-01T10:15:30.123Z");
        DateTimeType dateTime = new DateTimeType(instant);
        assertEquals(instant, dateTime.getInstant());
        assertEquals(instant, DateTimeType.valueOf(dateTime.toFullString()).getInstant());
        assertEquals(0, dateTime.compareTo(new DateTimeType(instant)));
    }

    @Test
    void whenDateTimeParsedWithZoneThenInstantIsExact() {
        assertEquals(Instant.parse("2024-05-01T10:15:30Z"),
                DateTimeType.valueOf("2024-05-01T10:15:30Z").getInstant());
        assertEquals(Instant.parse("2024-05-01T08:15:30Z"),
                DateTimeType.valueOf("2024-05-01T10:15:30+0200").getInstant());
        assertTrue(new DateTimeType(Instant.EPOCH).compareTo(new DateTimeType(Instant.EPOCH.plusSeconds(1))) < 0);
    }

    @Test
    void whenOnOffFromTextThenOnAndOneMeanOn() {
        assertEquals(OnOffType.ON, OnOffType.from("ON"));
        assertEquals(OnOffType.ON, OnOffType.from("on"));
        assertEquals(OnOffType.ON, OnOffType.from("1"));
        assertEquals(OnOffType.OFF, OnOffType.from("off"));
        assertEquals(OnOffType.OFF, OnOffType.from("yes"));
        assertEquals(OnOffType.ON, OnOffType.from(true));
        assertEquals(OnOffType.OFF, OnOffType.from(false));
    }

    @Test
    void whenPlayerAndTextTypesParsedThenValuesMatch() {
        assertEquals(PlayPauseType.PAUSE, PlayPauseType.valueOf("PAUSE"));
        assertThrows(IllegalArgumentException.class, () -> PlayPauseType.valueOf("STOP"));
        assertEquals(new StringType("Big Buck Bunny"), StringType.valueOf("Big Buck Bunny"));
        assertEquals("Big Buck Bunny", new StringType("Big Buck Bunny").toFullString());
        assertEquals("UNDEF", UnDefType.UNDEF.toString());
    }
}
