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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: the configuration of a thing, channel or service, with openHAB's rules for values: a {@link Boolean} or
 * {@link String} is kept, every other number becomes a {@link BigDecimal} (one with more than one decimal loses its
 * trailing zeros, keeping one), a collection keeps normalized elements of one class, {@code null} is kept as a value,
 * and any other type is refused with an {@link IllegalArgumentException}, as openHAB's {@code ConfigUtil} does.
 * Like openHAB's, the class is not {@code @NonNullByDefault}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class Configuration {

    private final Map<String, Object> properties;

    public Configuration() {
        this(Map.of(), true);
    }

    public Configuration(final @Nullable Configuration configuration) {
        this(configuration == null ? Map.of() : configuration.properties, true);
    }

    public Configuration(@Nullable Map<String, Object> properties) {
        this(properties == null ? Map.of() : properties, false);
    }

    private Configuration(final Map<String, Object> properties, final boolean alreadyNormalized) {
        Map<String, Object> values = new HashMap<>(properties.size());
        properties.forEach((key, value) -> values.put(key,
                alreadyNormalized || value == null ? value : normalize(value)));
        this.properties = Collections.synchronizedMap(values);
    }

    private static Object normalize(Object value) {
        if (value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return trimmed(decimal);
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Double doubleValue) {
            return BigDecimal.valueOf(doubleValue);
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> normalized = new ArrayList<>(collection.size());
            for (Object element : collection) {
                if (element == null) {
                    continue;
                }
                Object item = normalize(element);
                if (!normalized.isEmpty() && item.getClass() != normalized.get(0).getClass()) {
                    throw new IllegalArgumentException("Invalid configuration property. Heterogeneous collection value!");
                }
                normalized.add(item);
            }
            return normalized.isEmpty() ? List.of() : normalized;
        }
        throw new IllegalArgumentException(
                "Invalid type '{%s}' of configuration value!".formatted(value.getClass().getCanonicalName()));
    }

    private static BigDecimal trimmed(BigDecimal value) {
        if (value.scale() <= 1) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() == 0 ? stripped.setScale(1) : stripped;
    }

    /**
     * Maps the configuration onto a new instance of a configuration class, field by field.
     *
     * @param configurationClass a class with a public no-argument constructor
     * @return the filled instance, or null when the class cannot be made
     */
    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            return ConfigParser.configurationAs(properties, configurationClass);
        }
    }

    public boolean containsKey(String key) {
        return properties.containsKey(key);
    }

    public Object get(String key) {
        return properties.get(key);
    }

    public Object put(String key, @Nullable Object value) {
        return properties.put(key, value == null ? null : normalize(value));
    }

    public Object remove(String key) {
        return properties.remove(key);
    }

    public Set<String> keySet() {
        synchronized (properties) {
            return Collections.unmodifiableSet(new HashSet<>(properties.keySet()));
        }
    }

    public Collection<Object> values() {
        synchronized (properties) {
            return Collections.unmodifiableCollection(new ArrayList<>(properties.values()));
        }
    }

    public Map<String, Object> getProperties() {
        synchronized (properties) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    public void setProperties(Map<String, Object> newProperties) {
        synchronized (properties) {
            properties.clear();
            newProperties.forEach(this::put);
        }
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Configuration other && properties.equals(other.properties);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Configuration[");
        synchronized (properties) {
            boolean first = true;
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                if (!first) {
                    text.append(", ");
                }
                first = false;
                Object value = property.getValue();
                text.append(String.format("{key=%s; type=%s; value=%s}", property.getKey(),
                        value != null ? value.getClass().getSimpleName() : "?", value));
            }
        }
        return text.append("]").toString();
    }
}
