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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;

/**
 * The binding's handlers against one simulator, with every log line checked for secrets; the simulator and the
 * handlers are closed after each test.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class WatchedBindingTest {

    @RegisterExtension
    final SecretsInLogsWatch secrets = new SecretsInLogsWatch();

    protected final BindingHost host = new BindingHost();
    protected final RecordingCallback callback = host.callback();
    private @Nullable JellyfinSimulator simulator;

    @AfterEach
    void close() {
        host.close();
        JellyfinSimulator sim = simulator;
        if (sim != null) {
            sim.close();
        }
    }

    /** Registers the simulator for closing and its credentials with the secrets watch. */
    protected JellyfinSimulator started(JellyfinSimulator sim) {
        simulator = sim;
        return secrets.watch(sim);
    }
}
