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
package org.openhab.binding.jellyfin.host;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One storage of the {@link InMemoryStorageService}: each value is stored as JSON together with its class name,
 * and read back as an instance of that class.
 *
 * @param <T> the value type
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class JsonStorage<T> implements Storage<T> {

    private static final String CLASS = "class";
    private static final String VALUE = "value";

    private final Gson gson = new Gson();
    private final Map<String, String> entries;
    private final ClassLoader classLoader;

    JsonStorage(Map<String, String> entries, ClassLoader classLoader) {
        this.entries = entries;
        this.classLoader = classLoader;
    }

    @Override
    public @Nullable T put(String key, @Nullable T value) {
        T previous = get(key);
        if (value == null) {
            entries.remove(key);
        } else {
            JsonObject entry = new JsonObject();
            entry.addProperty(CLASS, value.getClass().getName());
            entry.add(VALUE, gson.toJsonTree(value));
            entries.put(key, gson.toJson(entry));
        }
        return previous;
    }

    @Override
    public @Nullable T remove(String key) {
        T previous = get(key);
        entries.remove(key);
        return previous;
    }

    @Override
    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable T get(String key) {
        String json = entries.get(key);
        if (json == null) {
            return null;
        }
        JsonObject entry = JsonParser.parseString(json).getAsJsonObject();
        String className = entry.get(CLASS).getAsString();
        JsonElement value = entry.get(VALUE);
        try {
            Class<?> type = Class.forName(className, true, classLoader);
            return (T) gson.fromJson(value, type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Stored class " + className + " cannot be loaded", e);
        }
    }

    @Override
    public Collection<String> getKeys() {
        return List.copyOf(entries.keySet());
    }

    @Override
    public Collection<@Nullable T> getValues() {
        List<@Nullable T> values = new ArrayList<>();
        for (String key : getKeys()) {
            values.add(get(key));
        }
        return values;
    }
}
