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

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.jellyfin.probe.ProbeOptions.UsageException;

/**
 * A server address as typed becomes the bridge's hostname, port, ssl and path.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ServerAddressTest {

    @Test
    void whenTheAddressHasAPortThenItIsKept() throws UsageException {
        assertEquals(Map.of("hostname", "192.168.1.5", "port", 8096, "ssl", false, "path", ""),
                ServerAddress.parse("http://192.168.1.5:8096").toConfig());
    }

    @Test
    void whenHttpsHasNoPortThenItIs443AndThePathIsTheBasePath() throws UsageException {
        assertEquals(new ServerAddress("media.example", 443, true, "/jellyfin"),
                ServerAddress.parse("https://media.example/jellyfin/"));
    }

    @Test
    void whenTheSchemeIsMissingThenHttpOnPort80IsMeant() throws UsageException {
        assertEquals(new ServerAddress("nas.local", 80, false, ""), ServerAddress.parse("nas.local"));
        assertEquals(new ServerAddress("nas.local", 8096, false, ""), ServerAddress.parse("nas.local:8096"));
    }

    @Test
    void whenTheHostIsAnIpv6AddressThenItLosesItsBrackets() throws UsageException {
        ServerAddress address = ServerAddress.parse("http://[fd00::5]:8096");
        assertEquals("fd00::5", address.hostname());
        assertEquals("http://[fd00::5]:8096", address.url());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://nas.local", "http://", "http://nas.local:8096/?api_key=x", "http://u:p@nas.local",
            "http://nas local" })
    void whenTheAddressIsNotAServerAddressThenItIsRefused(String text) {
        assertThrows(UsageException.class, () -> ServerAddress.parse(text));
    }
}
