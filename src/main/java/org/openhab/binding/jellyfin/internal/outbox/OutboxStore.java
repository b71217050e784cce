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
package org.openhab.binding.jellyfin.internal.outbox;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the pending writes of every bridge in openHAB's storage, so they survive a restart of openHAB.
 * Keys are the bridge UID and a zero-padded sequence number: sorting them gives the order of the writes.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class OutboxStore {

    static final String STORAGE_NAME = "org.openhab.binding.jellyfin.outbox";
    private static final String SEPARATOR = "#";

    private final Logger logger = LoggerFactory.getLogger(OutboxStore.class);
    private final Storage<PendingWrite> storage;

    public OutboxStore(StorageService storageService) {
        this.storage = storageService.getStorage(STORAGE_NAME, PendingWrite.class.getClassLoader());
    }

    /**
     * @return the bridge's stored writes, oldest first
     */
    public List<PendingWrite> load(String bridgeUid) {
        String prefix = bridgeUid + SEPARATOR;
        List<String> keys = new ArrayList<>();
        for (String key : storage.getKeys()) {
            if (key.startsWith(prefix)) {
                keys.add(key);
            }
        }
        keys.sort(null);
        List<PendingWrite> writes = new ArrayList<>();
        for (String key : keys) {
            PendingWrite write = storage.get(key);
            if (write == null || write.kind() == null) {
                logger.warn("Dropping an unreadable pending write stored as {}", key);
                storage.remove(key);
            } else {
                writes.add(write);
            }
        }
        return writes;
    }

    public void save(String bridgeUid, PendingWrite write) {
        storage.put(key(bridgeUid, write.sequence()), write);
    }

    public void remove(String bridgeUid, PendingWrite write) {
        storage.remove(key(bridgeUid, write.sequence()));
    }

    private static String key(String bridgeUid, long sequence) {
        return bridgeUid + SEPARATOR + String.format("%019d", sequence);
    }
}
