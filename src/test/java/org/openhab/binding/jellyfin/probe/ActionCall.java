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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;

/**
 * Calls a rule action of a thing by its method name, as a rule would: the text arguments converted to the
 * parameter types ({@code null} for an absent optional one).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class ActionCall {

    private ActionCall() {
    }

    /**
     * @param actions the thing's actions
     * @param name the action's method name, e.g. {@code sendMessage}
     * @param arguments the arguments as text; {@code null} stands for no value; missing trailing ones are null
     * @return what the action returned (null for void)
     * @throws IllegalArgumentException when there is no such action or an argument does not fit
     * @throws IllegalStateException when the action failed with an exception
     */
    static @Nullable Object invoke(ThingActions actions, String name, List<String> arguments) {
        List<Method> candidates = Arrays.stream(actions.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())
                        && m.isAnnotationPresent(RuleAction.class))
                .sorted(Comparator.comparingInt(Method::getParameterCount)).toList();
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no action " + name + "; the thing has " + names(actions));
        }
        Method method = candidates.stream().filter(m -> m.getParameterCount() >= arguments.size()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        name + " takes " + candidates.get(candidates.size() - 1).getParameterCount() + " arguments"));
        Class<?>[] types = method.getParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = convert(types[i], i < arguments.size() ? arguments.get(i) : null, name, i + 1);
        }
        try {
            return method.invoke(actions, values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(name + " failed: " + (cause != null ? cause : e), e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(name + " cannot be called: " + e.getMessage(), e);
        }
    }

    private static List<String> names(ThingActions actions) {
        return Arrays.stream(actions.getClass().getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(RuleAction.class))
                .map(Method::getName).sorted().toList();
    }

    private static @Nullable Object convert(Class<?> type, @Nullable String text, String action, int position) {
        if (text == null || "null".equals(text)) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException(action + ": argument " + position + " (" + type.getSimpleName()
                        + ") is needed");
            }
            return null;
        }
        try {
            if (type == String.class) {
                return text;
            } else if (type == boolean.class || type == Boolean.class) {
                return bool(text);
            } else if (type == int.class || type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == long.class || type == Long.class) {
                return Long.valueOf(text);
            } else if (type == double.class || type == Double.class) {
                return Double.valueOf(text);
            } else if (type == float.class || type == Float.class) {
                return Float.valueOf(text);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    action + ": argument " + position + " is not a " + type.getSimpleName() + ": " + text, e);
        }
        throw new IllegalArgumentException(
                action + ": argument " + position + " has a type the probe cannot give: " + type.getSimpleName());
    }

    private static Boolean bool(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!"true".equals(lower) && !"false".equals(lower)) {
            throw new NumberFormatException(text);
        }
        return Boolean.valueOf(lower);
    }
}
