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
import static org.openhab.binding.jellyfin.reliability.Faults.*;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimAccounts;
import org.openhab.binding.jellyfin.simulator.SimToken;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * Credentials the server stops accepting: the bridge says it is a configuration problem, stops knocking, and
 * connects again as soon as the user changes the configuration.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class CredentialFaultsTest {

    @RegisterExtension
    final SecretsInLogsWatch secrets = new SecretsInLogsWatch();

    private final JellyfinSimulator sim = secrets.watch(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
    private final BindingHost host = new BindingHost();
    private final RecordingCallback callback = host.callback();
    private final int jobsBefore = Faults.handlerJobs();

    @AfterEach
    void close() {
        host.close();
        sim.close();
    }

    @Test
    void whenTheLoginTokenIsRevokedThenConfigurationErrorNoRetriesUntilThePasswordIsEnteredAgain() {
        Bridge bridge = host.startBridge("srv", userConfig(sim.port()));
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (bridge.getConfiguration().get("password") != null && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(20));
        }
        assertNull(bridge.getConfiguration().get("password"), "the password is forgotten after the login");

        for (SimToken token : sim.accounts().tokensOf(sim.admin().id())) {
            sim.revokeToken(token.token());
        }
        sim.dropAllSockets();

        ThingStatusInfo rejected = callback.awaitStatus(bridge.getUID(),
                info -> offline(info, ThingStatusDetail.CONFIGURATION_ERROR), WAIT);
        assertTrue(String.valueOf(rejected.getDescription()).startsWith("@text/offline.conf-error.token-rejected"),
                String.valueOf(rejected.getDescription()));
        int requests = quietRequestCount(answeredRequests());

        handler(bridge).handleConfigurationUpdate(Map.of("password", SimAccounts.ADMIN_PASSWORD));

        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        assertTrue(sim.requests().all().size() > requests);
        Figures.record("token revoked", "0 requests after CONFIGURATION_ERROR, no retry or timer left; ONLINE "
                + "again after the password was entered");
    }

    @Test
    void whenTheApiKeyIsDeletedThenConfigurationErrorNoRetriesUntilAnotherKeyIsConfigured() {
        sim.revokeToken(SimAccounts.API_KEY);
        Bridge bridge = host.startBridge("srv", apiKeyConfig(sim.port(), SimAccounts.API_KEY));

        ThingStatusInfo rejected = callback.awaitStatus(bridge.getUID(),
                info -> offline(info, ThingStatusDetail.CONFIGURATION_ERROR), WAIT);
        assertTrue(String.valueOf(rejected.getDescription()).startsWith("@text/offline.conf-error.token-rejected"),
                String.valueOf(rejected.getDescription()));
        quietRequestCount(answeredRequests());

        String newKey = "0123456789abcdef0123456789abcdef";
        secrets.secret(newKey);
        sim.accounts().addApiKey(newKey);
        handler(bridge).handleConfigurationUpdate(Map.of("token", newKey));

        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
    }

    @Test
    void whenTheTokenIsRevokedWhileTheSocketStaysOpenThenTheNextRequestRevealsIt() {
        Bridge bridge = host.startBridge("srv", userConfig(sim.port()));
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);

        sim.accounts().tokensOf(sim.admin().id()).forEach(t -> sim.revokeToken(t.token()));
        ((org.openhab.binding.jellyfin.internal.handler.ServerBridgeHandler) handler(bridge)).requestRefresh();

        callback.awaitStatus(bridge.getUID(), info -> offline(info, ThingStatusDetail.CONFIGURATION_ERROR), WAIT);
        quietRequestCount(answeredRequests());
    }

    /**
     * Checks that nothing reached the server since the credentials were refused, once the binding can do nothing
     * more by itself (no retry or timer left on the handlers' scheduler, every request answered).
     */
    private int quietRequestCount(int requestsWhenRefused) {
        Faults.awaitIdle(sim, jobsBefore);
        int after = sim.requests().all().size();
        assertEquals(requestsWhenRefused, after,
                () -> "retried although the credentials were refused: " + sim.requests().dump());
        return after;
    }

    /**
     * @return the requests the simulator received up to the refusal; one still under way (sent before it) is
     *         waited for, it is no retry
     */
    private int answeredRequests() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sim.requests().all().stream().anyMatch(r -> r.status() == 0) && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(20));
        }
        return sim.requests().all().size();
    }

    private ThingHandler handler(Bridge bridge) {
        return Objects.requireNonNull(host.things().handler(bridge.getUID()));
    }
}
