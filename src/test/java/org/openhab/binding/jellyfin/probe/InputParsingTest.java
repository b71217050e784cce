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
package org.openhab.binding.jellyfin.probe;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.probe.ProbeOptions.UsageException;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.RefreshType;

/**
 * How the probe reads its input: command text as openHAB parses it for the channel's item type, quoted words, and
 * thing parameters as openHAB stores them.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class InputParsingTest {

    @Test
    void whenCommandTextIsGivenThenItIsParsedForTheItemType() {
        assertEquals(PlayPauseType.PAUSE, CommandTypes.parse("Player", "PAUSE"));
        assertEquals(RefreshType.REFRESH, CommandTypes.parse("Player", "REFRESH"));
        assertEquals(new PercentType(35), CommandTypes.parse("Dimmer", "35"));
        assertEquals(OnOffType.ON, CommandTypes.parse("Dimmer", "ON"));
        assertEquals(new QuantityType<>(120, Units.SECOND), CommandTypes.parse("Number:Time", "120 s"));
        assertEquals(new DecimalType(2), CommandTypes.parse("Number", "2"));
        assertEquals(OnOffType.OFF, CommandTypes.parse("Switch", "OFF"));
        assertEquals(new StringType("Dinner is ready"), CommandTypes.parse("String", "Dinner is ready"));
        assertNull(CommandTypes.parse("Switch", "maybe"));
        assertNull(CommandTypes.parse("Player", "JUMP"));
        assertNull(CommandTypes.parse("Contact", "OPEN"));
    }

    @Test
    void whenALineHasQuotesThenTheyGroupWords() {
        assertEquals(List.of("action", "uid", "sendMessage", "Dinner", "is \"ready\"", "5000"),
                InputLines.words("action uid  sendMessage Dinner \"is \\\"ready\\\"\" 5000"));
        assertEquals(List.of("a", ""), InputLines.words("a \"\""));
    }

    @Test
    void whenAThingIsGivenThenItsParametersAreTypedAsOpenhabStoresThem() throws UsageException {
        ExtraThing thing = ExtraThing.parse("reporter:kitchen,deviceName=Kitchen Radio,progressInterval=5,x=true");

        assertEquals("reporter", thing.typeId());
        assertEquals("kitchen", thing.id());
        assertEquals(Map.of("deviceName", "Kitchen Radio", "progressInterval", new BigDecimal(5), "x", true),
                thing.config());
        assertThrows(UsageException.class, () -> ExtraThing.parse("reporter"));
        assertThrows(UsageException.class, () -> ExtraThing.parse("reporter:a b"));
        assertThrows(UsageException.class, () -> ExtraThing.parse("reporter:k,novalue"));
    }
}
