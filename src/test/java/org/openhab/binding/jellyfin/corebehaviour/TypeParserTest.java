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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.IncreaseDecreaseType;
import org.openhab.core.library.types.NextPreviousType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RewindFastforwardType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.TypeParser;

/**
 * How openHAB turns command text into commands for the item types of the binding's channels.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class TypeParserTest {

    private static final List<Class<? extends Command>> PLAYER = List.of(PlayPauseType.class,
            RewindFastforwardType.class, NextPreviousType.class, RefreshType.class);
    private static final List<Class<? extends Command>> DIMMER = List.of(PercentType.class, OnOffType.class,
            IncreaseDecreaseType.class, RefreshType.class);
    private static final List<Class<? extends Command>> NUMBER = List.of(DecimalType.class, QuantityType.class,
            RefreshType.class);
    private static final List<Class<? extends Command>> QUANTITY = List.of(QuantityType.class, RefreshType.class);
    private static final List<Class<? extends Command>> SWITCH = List.of(OnOffType.class, RefreshType.class);
    private static final List<Class<? extends Command>> STRING = List.of(StringType.class, RefreshType.class);

    @Test
    void whenPlayerCommandTextThenPlayerCommand() {
        assertEquals(PlayPauseType.PAUSE, TypeParser.parseCommand(PLAYER, "PAUSE"));
        assertEquals(NextPreviousType.NEXT, TypeParser.parseCommand(PLAYER, "NEXT"));
        assertEquals(RewindFastforwardType.FASTFORWARD, TypeParser.parseCommand(PLAYER, "FASTFORWARD"));
        assertEquals(RefreshType.REFRESH, TypeParser.parseCommand(PLAYER, "REFRESH"));
        assertNull(TypeParser.parseCommand(PLAYER, "JUMP"));
    }

    @Test
    void whenDimmerCommandTextThenPercentOrOnOff() {
        assertEquals(OnOffType.ON, TypeParser.parseCommand(DIMMER, "ON"));
        assertEquals(new PercentType(35), TypeParser.parseCommand(DIMMER, "35"));
        assertEquals(IncreaseDecreaseType.INCREASE, TypeParser.parseCommand(DIMMER, "INCREASE"));
    }

    @Test
    void whenTimeCommandTextThenQuantityInSeconds() {
        Command command = TypeParser.parseCommand(QUANTITY, "120 s");
        QuantityType<?> quantity = assertInstanceOf(QuantityType.class, command);
        assertEquals(new QuantityType<>(120, Units.SECOND), quantity);
        assertEquals(new DecimalType(120), TypeParser.parseCommand(NUMBER, "120"));
    }

    @Test
    void whenSwitchOrStringCommandTextThenMatchingCommand() {
        assertEquals(OnOffType.OFF, TypeParser.parseCommand(SWITCH, "OFF"));
        assertNull(TypeParser.parseCommand(SWITCH, "banana"));
        assertEquals(new StringType("hello there"), TypeParser.parseCommand(STRING, "hello there"));
    }

    @Test
    void whenStateTextThenFirstAcceptingStateType() {
        List<Class<? extends State>> types = List.of(DecimalType.class, StringType.class);
        assertEquals(new DecimalType(12), TypeParser.parseState(types, "12"));
        assertEquals(new StringType("twelve"), TypeParser.parseState(types, "twelve"));
    }
}
