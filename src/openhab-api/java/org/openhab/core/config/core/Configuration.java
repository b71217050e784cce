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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: the configuration of a thing, channel or service. Values are normalized: every number becomes a
 * {@link BigDecimal}, collections keep normalized elements.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class Configuration {

    private final Map<String, Object> properties;

    public Configuration() {
        this(null, true);
    }

    public Configuration(@Nullable Configuration configuration) {
        this(configuration == null ? null : configuration.getProperties(), true);
    }

    public Configuration(@Nullable Map<String, ?> properties) {
        this(properties, true);
    }

    protected Configuration(@Nullable Map<String, ?> properties, boolean alwaysCopy) {
        this.properties = new HashMap<>();
        if (properties != null) {
            for (Entry<String, ?> entry : properties.entrySet()) {
                Object value = entry.getValue();
                if (value != null) {
                    this.properties.put(entry.getKey(), normalize(value));
                }
            }
        }
    }

    static Object normalize(Object value) {
        if (value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Float || value instanceof Double) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof Collection<?> collection) {
            List<Object> normalized = new ArrayList<>();
            for (Object element : collection) {
                if (element != null) {
                    normalized.add(normalize(element));
                }
            }
            return normalized;
        }
        if (value instanceof Enum<?> enumValue) {
            return enumValue.name();
        }
        return value;
    }

    /**
     * Maps the configuration onto a new instance of a configuration class, field by field.
     *
     * @param configurationClass a class with a public no-argument constructor
     * @return the filled instance
     */
    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            T configuration = ConfigParser.configurationAs(properties, configurationClass);
            if (configuration != null) {
                return configuration;
            }
            throw new IllegalStateException("Failed to create configuration instance of class '"
                    + configurationClass.getName() + "'. Check that a public no-argument constructor exists.");
        }
    }

    public boolean containsKey(String key) {
        synchronized (properties) {
            return properties.containsKey(key);
        }
    }

    public @Nullable Object get(String key) {
        synchronized (properties) {
            return properties.get(key);
        }
    }

    public @Nullable Object put(String key, @Nullable Object value) {
        synchronized (properties) {
            if (value == null) {
                return properties.remove(key);
            }
            return properties.put(key, normalize(value));
        }
    }

    public @Nullable Object remove(String key) {
        synchronized (properties) {
            return properties.remove(key);
        }
    }

    public Set<String> keySet() {
        synchronized (properties) {
            return Set.copyOf(properties.keySet());
        }
    }

    public Collection<Object> values() {
        synchronized (properties) {
            return List.copyOf(properties.values());
        }
    }

    public Map<String, Object> getProperties() {
        synchronized (properties) {
            return Map.copyOf(properties);
        }
    }

    public void setProperties(Map<String, Object> newProperties) {
        synchronized (properties) {
            properties.clear();
            for (Entry<String, Object> entry : newProperties.entrySet()) {
                put(entry.getKey(), entry.getValue());
            }
        }
    }

    @Override
    public int hashCode() {
        synchronized (properties) {
            return properties.hashCode();
        }
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Configuration other && getProperties().equals(other.getProperties());
    }

    @Override
    public String toString() {
        return "Configuration[" + getProperties() + "]";
    }
}
