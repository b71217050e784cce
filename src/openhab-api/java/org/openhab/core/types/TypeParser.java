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
package org.openhab.core.types;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: parses strings into the first of a list of types that accepts them, through each type's static
 * {@code valueOf(String)}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TypeParser {

    private TypeParser() {
    }

    /**
     * Parses a string into the first state type of the list that accepts it.
     *
     * @param types the candidate types, in order
     * @param s the text
     * @return the state or null when no type accepts the text
     */
    public static @Nullable State parseState(List<Class<? extends State>> types, String s) {
        for (Class<? extends State> type : types) {
            Object value = parse(type, s);
            if (value instanceof State state) {
                return state;
            }
        }
        return null;
    }

    /**
     * Parses a string into the first command type of the list that accepts it.
     *
     * @param types the candidate types, in order
     * @param s the text
     * @return the command or null when no type accepts the text
     */
    public static @Nullable Command parseCommand(List<Class<? extends Command>> types, String s) {
        for (Class<? extends Command> type : types) {
            Object value = parse(type, s);
            if (value instanceof Command command) {
                return command;
            }
        }
        return null;
    }

    private static @Nullable Object parse(Class<?> type, String s) {
        try {
            Method valueOf = type.getMethod("valueOf", String.class);
            if (!Modifier.isStatic(valueOf.getModifiers())) {
                return null;
            }
            return valueOf.invoke(null, s);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            // the type does not accept this text
            return null;
        }
    }
}
