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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.IncreaseDecreaseType;
import org.openhab.core.library.types.NextPreviousType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RewindFastforwardType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.TypeParser;

/**
 * Turns command text into a command the way openHAB does for an item of the channel's item type: the item's accepted
 * command types, in its order, tried with {@link TypeParser#parseCommand}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class CommandTypes {

    private CommandTypes() {
    }

    /**
     * @param itemType the channel's item type, e.g. {@code Player}, {@code Number:Time}
     * @return the command types an item of that type accepts; empty for an unknown or command-less type
     */
    static List<Class<? extends Command>> accepted(String itemType) {
        int colon = itemType.indexOf(':');
        String base = colon < 0 ? itemType : itemType.substring(0, colon);
        return switch (base) {
            case "Player" -> List.of(PlayPauseType.class, NextPreviousType.class, RewindFastforwardType.class,
                    RefreshType.class);
            case "Dimmer" -> List.of(PercentType.class, OnOffType.class, IncreaseDecreaseType.class,
                    RefreshType.class);
            case "Number" -> List.of(DecimalType.class, QuantityType.class, RefreshType.class);
            case "Switch" -> List.of(OnOffType.class, RefreshType.class);
            case "String" -> List.of(StringType.class, RefreshType.class);
            case "DateTime" -> List.of(DateTimeType.class, RefreshType.class);
            default -> List.of();
        };
    }

    /**
     * @return the command, or null when an item of this type accepts no such command
     */
    static @Nullable Command parse(String itemType, String text) {
        List<Class<? extends Command>> types = accepted(itemType);
        return types.isEmpty() ? null : TypeParser.parseCommand(types, text);
    }
}
