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
package org.openhab.binding.jellyfin.tests;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.osgi.service.component.annotations.Component;

/**
 * The storage of a fresh openHAB installation, kept in memory: things, items, links and the inbox start empty on
 * every run. openHAB's own integration tests use a volatile storage the same way; a packaged openHAB uses JSON
 * files instead, which the binding cannot tell apart.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@Component(service = StorageService.class)
public class InMemoryStorageService implements StorageService {

    private final Map<String, Storage<?>> storages = new ConcurrentHashMap<>();

    @Override
    public <T> Storage<T> getStorage(String name) {
        return getStorage(name, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Storage<T> getStorage(String name, @Nullable ClassLoader classLoader) {
        return (Storage<T>) storages.computeIfAbsent(name, n -> new MapStorage<T>());
    }

    private static final class MapStorage<T> implements Storage<T> {
        private final Map<String, AbstractMap.SimpleEntry<String, @Nullable T>> entries = new ConcurrentHashMap<>();

        @Override
        public @Nullable T put(String key, @Nullable T value) {
            AbstractMap.SimpleEntry<String, @Nullable T> old = entries.put(key,
                    new AbstractMap.SimpleEntry<>(key, value));
            return old == null ? null : old.getValue();
        }

        @Override
        public @Nullable T remove(String key) {
            AbstractMap.SimpleEntry<String, @Nullable T> old = entries.remove(key);
            return old == null ? null : old.getValue();
        }

        @Override
        public boolean containsKey(String key) {
            return entries.containsKey(key);
        }

        @Override
        public @Nullable T get(String key) {
            AbstractMap.SimpleEntry<String, @Nullable T> entry = entries.get(key);
            return entry == null ? null : entry.getValue();
        }

        @Override
        public Collection<String> getKeys() {
            return new ArrayList<>(entries.keySet());
        }

        @Override
        public Collection<@Nullable T> getValues() {
            Collection<@Nullable T> values = new ArrayList<>();
            entries.values().forEach(entry -> values.add(entry.getValue()));
            return values;
        }
    }
}
