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
package org.openhab.core.config.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: maps configuration maps onto configuration classes and converts single values.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ConfigParser {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConfigParser.class);

    private ConfigParser() {
    }

    /**
     * Creates an instance of the class and sets each non-static, non-final field (also of superclasses) whose
     * name is a key of the map, converted to the field's type. Fields without a value keep their default.
     *
     * @param properties the configuration values
     * @param configurationClass the class, with a no-argument constructor
     * @return the instance or null when it could not be created
     */
    public static <T> @Nullable T configurationAs(Map<String, @Nullable Object> properties,
            Class<T> configurationClass) {
        T configuration;
        try {
            Constructor<T> constructor = configurationClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            configuration = constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException | SecurityException e) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = configurationClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                fields.add(field);
            }
        }
        for (Field field : fields) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || field.isSynthetic()) {
                continue;
            }
            Object value = properties.get(field.getName());
            if (value == null) {
                continue;
            }
            Object converted = convert(value, field);
            if (converted == null) {
                LOGGER.warn("Could not set field value for field '{}': value '{}' cannot be converted", field.getName(),
                        value);
                continue;
            }
            try {
                field.setAccessible(true);
                field.set(configuration, converted);
            } catch (IllegalAccessException | IllegalArgumentException | SecurityException e) {
                LOGGER.warn("Could not set field value for field '{}': {}", field.getName(), e.getMessage());
            }
        }
        return configuration;
    }

    private static @Nullable Object convert(Object value, Field field) {
        Class<?> type = field.getType();
        if (Collection.class.isAssignableFrom(type)) {
            Class<?> elementType = String.class;
            Type generic = field.getGenericType();
            if (generic instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
                elementType = element;
            }
            Collection<Object> result = Set.class.isAssignableFrom(type) ? new HashSet<>() : new ArrayList<>();
            Collection<?> source = value instanceof Collection<?> c ? c : List.of(value);
            for (Object element : source) {
                Object convertedElement = element == null ? null : valueAs(element, elementType);
                if (convertedElement != null) {
                    result.add(convertedElement);
                }
            }
            return result;
        }
        return valueAs(value, type);
    }

    /**
     * Converts a single value to a type: strings, numbers, booleans, enums and their primitives.
     *
     * @param value the value
     * @param type the wanted type
     * @return the converted value or null when no conversion exists
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <T> @Nullable T valueAs(@Nullable Object value, Class<T> type) {
        if (value == null) {
            return null;
        }
        Class<?> wanted = boxed(type);
        if (wanted.isInstance(value)) {
            return (T) value;
        }
        Object result;
        try {
            if (wanted == String.class) {
                result = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            } else if (wanted == Boolean.class) {
                result = Boolean.valueOf(value.toString());
            } else if (wanted.isEnum()) {
                result = Enum.valueOf((Class<Enum>) wanted, value.toString());
            } else {
                BigDecimal decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
                if (wanted == BigDecimal.class) {
                    result = decimal;
                } else if (wanted == Integer.class) {
                    result = decimal.intValue();
                } else if (wanted == Long.class) {
                    result = decimal.longValue();
                } else if (wanted == Double.class) {
                    result = decimal.doubleValue();
                } else if (wanted == Float.class) {
                    result = decimal.floatValue();
                } else if (wanted == Short.class) {
                    result = decimal.shortValue();
                } else if (wanted == Byte.class) {
                    result = decimal.byteValue();
                } else {
                    return null;
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return (T) result;
    }

    /**
     * Like {@link #valueAs(Object, Class)} with a default for a missing or unconvertible value.
     *
     * @param value the value
     * @param type the wanted type
     * @param defaultValue the default
     * @return the converted value or the default
     */
    public static <T> T valueAsOrElse(@Nullable Object value, Class<T> type, T defaultValue) {
        return Objects.requireNonNullElse(valueAs(value, type), defaultValue);
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        } else if (type == long.class) {
            return Long.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        } else if (type == double.class) {
            return Double.class;
        } else if (type == float.class) {
            return Float.class;
        } else if (type == short.class) {
            return Short.class;
        } else if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
