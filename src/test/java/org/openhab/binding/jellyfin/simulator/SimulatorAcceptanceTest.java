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
package org.openhab.binding.jellyfin.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;

/**
 * For every dialect: a plain WebSocket client with the right auth subscribes and receives the
 * {@code Sessions} push of a client that starts playing; wrong auth is refused as that version does.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorAcceptanceTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenAClientStartsPlaybackThenTheSubscribedSocketReceivesItsSession(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect);
                WsProbe probe = SimTestSupport.connect(sim, sim.login("alice", "probe-device"), "probe-device")) {
            probe.await("ForceKeepAlive", SimTestSupport.WAIT);
            SimTestSupport.subscribe(probe);
            SimClient tv = sim.newClient("Living Room").app("Jellyfin Android TV").add();

            tv.play("film-1");

            JsonObject session = SimTestSupport.awaitPlaying(probe, tv.id(), sim.itemId("film-1"));
            assertEquals("Living Room", session.get("DeviceName").getAsString());
            assertEquals("Big Buck Bunny", session.getAsJsonObject("NowPlayingItem").get("Name").getAsString());
            assertFalse(session.getAsJsonObject("PlayState").get("IsPaused").getAsBoolean());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenTheTokenIsWrongThenTheUpgradeIsRefusedWithTheVersionsStatus(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect)) {
            int status = dialect.isEmby()
                    ? WsProbe.refusalStatus(sim.webSocketUrl() + "?api_key=wrong&deviceId=x", Map.of())
                    : WsProbe.refusalStatus(sim.webSocketUrl(),
                            Map.of("Authorization", SimScript.authorization("wrong")));

            assertEquals(sim.rules().socketRefusalStatus(), status);
            assertEquals(dialect.isEmby() || !sim.rules().version().below("10.11") ? 401 : 403, status);
            assertEquals(0, sim.openSockets());
        }
    }
}
