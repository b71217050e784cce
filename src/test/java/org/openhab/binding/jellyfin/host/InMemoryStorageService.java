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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;

/**
 * A {@link StorageService} keeping each storage as JSON texts in a map, like openHAB's JSON storage keeps them in
 * files: values are serialized with Gson on {@code put} and deserialized on {@code get}, so only what survives
 * JSON survives. A new service over the same backing map behaves like the service after a restart.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class InMemoryStorageService implements StorageService {

    private final Map<String, Map<String, String>> backing;

    public InMemoryStorageService() {
        this(new ConcurrentHashMap<>());
    }

    /**
     * @param backing storage name to (key to stored JSON); share it between instances to simulate a restart
     */
    public InMemoryStorageService(Map<String, Map<String, String>> backing) {
        this.backing = backing;
    }

    /**
     * @return the backing map, to hand to the "restarted" service
     */
    public Map<String, Map<String, String>> backing() {
        return backing;
    }

    @Override
    public <T> Storage<T> getStorage(String name) {
        return getStorage(name, null);
    }

    @Override
    public <T> Storage<T> getStorage(String name, @Nullable ClassLoader classLoader) {
        Map<String, String> entries = backing.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
        ClassLoader loader = classLoader != null ? classLoader : InMemoryStorageService.class.getClassLoader();
        return new JsonStorage<>(entries, loader);
    }
}
