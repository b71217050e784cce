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
package org.openhab.binding.jellyfin.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * The name the bridge gives its Jetty clients: openHAB's HttpClientFactory and WebSocketFactory refuse a name
 * longer than 20 characters or with other characters than letters, digits, '-' and '_', and the bridge then never
 * gets its live connection.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ServerConnectorTest {

    private static final ThingTypeUID SERVER = new ThingTypeUID("jellyfin", "server");

    @Test
    void aShortBridgeIdIsKeptWhole() {
        assertEquals("jellyfin-home", ServerConnector.consumerName(new ThingUID(SERVER, "home")));
    }

    @Test
    void aDiscoveredServersIdIsCutToTheLengthOpenHabAccepts() {
        // a discovered server's thing id is its 32-hex server id
        String name = ServerConnector.consumerName(new ThingUID(SERVER, "0123456789abcdef0123456789abcdef"));

        assertEquals("jellyfin-0123456789a", name);
        assertTrue(name.length() <= 20);
        assertTrue(name.matches("[a-zA-Z0-9_-]{4,20}"));
    }
}
