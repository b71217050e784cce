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

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.storage.Storage;

/**
 * The in-memory storage keeps values as JSON, so they survive a restart the way openHAB's JSON storage does.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class InMemoryStorageServiceTest {

    /** A stored value with nested data. */
    public record Registration(String deviceId, String token, List<String> capabilities) {
    }

    @Test
    void whenServiceRestartedOverSameBackingThenValuesSurvive() {
        InMemoryStorageService first = new InMemoryStorageService();
        Storage<Registration> storage = first.getStorage("jellyfin");
        storage.put("srv", new Registration("dev-1", "t0k3n", List.of("PlayMediaSource")));

        InMemoryStorageService restarted = new InMemoryStorageService(first.backing());
        Storage<Registration> again = restarted.getStorage("jellyfin");
        assertEquals(new Registration("dev-1", "t0k3n", List.of("PlayMediaSource")), again.get("srv"));
        assertEquals(Set.of("srv"), Set.copyOf(again.getKeys()));
    }

    @Test
    void whenValueReplacedOrRemovedThenPreviousIsReturned() {
        Storage<String> storage = new InMemoryStorageService().getStorage("s");
        assertNull(storage.put("k", "a"));
        assertEquals("a", storage.put("k", "b"));
        assertTrue(storage.containsKey("k"));
        assertEquals("b", storage.remove("k"));
        assertFalse(storage.containsKey("k"));
        assertNull(storage.get("k"));
    }

    @Test
    void whenStoragesHaveDifferentNamesThenTheyAreSeparate() {
        InMemoryStorageService service = new InMemoryStorageService();
        service.<String> getStorage("a").put("k", "1");
        assertNull(service.<String> getStorage("b").get("k"));
        assertEquals(List.of("1"), List.copyOf(service.<String> getStorage("a").getValues()));
    }
}
