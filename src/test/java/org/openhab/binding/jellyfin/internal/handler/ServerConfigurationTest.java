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

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The bridge's configuration: what makes it unusable, and the address it gives, which is logged and so must never
 * carry a secret.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ServerConfigurationTest {

    private static ServerConfiguration config(String hostname, int port, String path) {
        ServerConfiguration config = new ServerConfiguration();
        config.hostname = hostname;
        config.port = port;
        config.path = path;
        config.token = "an-api-key";
        return config;
    }

    @Test
    void whenHostPortAndPathAreGivenThenTheAddressHoldsThemAndNothingElse() {
        ServerConfiguration config = config(" media.local ", 8920, "jellyfin/");
        config.ssl = true;
        assertNull(config.problem());
        assertEquals(URI.create("https://media.local:8920/jellyfin"), config.serverUri());
    }

    @Test
    void whenTheHostIsAnIpv6AddressThenItIsBracketed() {
        assertEquals(URI.create("http://[fd00::12]:8096"), config("fd00::12", 8096, "").serverUri());
    }

    @Test
    void whenHostPortOrCredentialsAreMissingThenTheProblemSaysWhich() {
        assertEquals("@text/offline.conf-error.no-hostname", config(" ", 8096, "").problem());
        assertEquals("@text/offline.conf-error.bad-port", config("media.local", 0, "").problem());
        ServerConfiguration noCredentials = config("media.local", 8096, "");
        noCredentials.token = "";
        assertEquals("@text/offline.conf-error.no-credentials", noCredentials.problem());
    }

    @Test
    void whenTheAddressWouldCarryUserInfoAQueryOrAFragmentThenItIsRefused() {
        for (ServerConfiguration config : new ServerConfiguration[] { config("alice@media.local", 8096, ""),
                config("alice%3Asecret@media.local", 8096, ""), config("media.local", 8096, "/jf?api_key=secret"),
                config("media.local", 8096, "/jf#secret"), config("media local", 8096, "") }) {
            assertEquals("@text/offline.conf-error.bad-address", config.problem(),
                    config.hostname + " " + config.path);
            assertThrows(IllegalArgumentException.class, config::serverUri);
        }
    }
}
