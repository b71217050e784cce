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
package org.openhab.binding.jellyfin.reliability;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.simulator.SimAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log watch itself: it sees the binding's TRACE lines and fails on a secret in a message or an exception.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SecretsInLogsWatchTest {

    private final Logger bindingLogger = LoggerFactory.getLogger("org.openhab.binding.jellyfin.internal.api.Probe");
    private final SecretsInLogsWatch watch = new SecretsInLogsWatch();

    @Test
    void whenATraceLineShowsTheApiKeyThenTheWatchFails() {
        watch.beforeEach(null);
        bindingLogger.trace("Sending GET /Sessions?api_key={}", SimAccounts.API_KEY);
        assertThrows(AssertionError.class, () -> watch.afterEach(null));
    }

    @Test
    void whenAnExceptionCarriesAPasswordThenTheWatchFails() {
        watch.beforeEach(null);
        bindingLogger.debug("Login failed", new IllegalStateException("bad " + SimAccounts.ADMIN_PASSWORD));
        assertThrows(AssertionError.class, () -> watch.afterEach(null));
    }

    @Test
    void whenTheSecretIsRedactedThenTheWatchPasses() {
        watch.beforeEach(null);
        bindingLogger.trace("Sending GET /Sessions?api_key=***");
        int before = SecretsInLogsWatch.checkedLines();
        watch.afterEach(null);
        assertEquals(before + 1, SecretsInLogsWatch.checkedLines());
    }
}
