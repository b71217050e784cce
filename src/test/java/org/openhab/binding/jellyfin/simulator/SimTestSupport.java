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

import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Small helpers shared by the simulator's own tests.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimTestSupport {
    /** How long a test waits for something that must happen: generous, a busy machine only makes it slower. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private SimTestSupport() {
    }

    /** Opens a socket the way clients of that dialect do, with a user token or an API key. */
    static WsProbe connect(JellyfinSimulator sim, String token, String deviceId) throws Exception {
        if (sim.dialect().isEmby()) {
            return WsProbe.connect(sim.webSocketUrl() + "?api_key=" + token + "&deviceId=" + deviceId, Map.of());
        }
        return WsProbe.connect(sim.webSocketUrl(), Map.of("Authorization", SimScript.authorization(token)));
    }

    /**
     * Subscribes and waits until the server has handled it: the server answers KeepAlive in order,
     * so once the echo is back the subscription is in place.
     */
    static void subscribe(WsProbe probe) throws Exception {
        probe.send("SessionsStart", "0,1500");
        probe.send("KeepAlive", null);
        probe.await("KeepAlive", WAIT);
    }

    /** Waits for a Sessions push in which the session plays the item. */
    static JsonObject awaitPlaying(WsProbe probe, String sessionId, String itemId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = probe.await("Sessions", WAIT);
            for (JsonElement element : message.getAsJsonArray("Data")) {
                JsonObject session = element.getAsJsonObject();
                JsonObject item = session.getAsJsonObject("NowPlayingItem");
                if (sessionId.equals(session.get("Id").getAsString()) && item != null
                        && itemId.equals(item.get("Id").getAsString())) {
                    return session;
                }
            }
        }
        throw new AssertionError("no Sessions push with " + sessionId + " playing " + itemId);
    }
}
