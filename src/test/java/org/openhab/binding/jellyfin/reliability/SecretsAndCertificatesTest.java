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
import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;
import static org.openhab.binding.jellyfin.reliability.Faults.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimAccounts;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * Secrets stay where they belong: certificates are checked unless the user turns that off for one bridge, and
 * passwords, tokens and API keys never show in thing properties, discovery results or channel states.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SecretsAndCertificatesTest extends WatchedBindingTest {


    private static Map<String, Object> tls(Map<String, Object> config, boolean verify) {
        config.put("ssl", true);
        config.put("verifyCertificate", verify);
        return config;
    }

    @Test
    void whenTheCertificateIsSelfSignedAndCheckedThenTheBridgeIsOfflineWithTheReason() {
        JellyfinSimulator sim = started(JellyfinSimulator.builder(Dialect.JELLYFIN_10_11).selfSignedTls().start());

        Bridge bridge = host.startBridge("srv", tls(userConfig(sim.port()), true));

        ThingStatusInfo refused = callback.awaitStatus(bridge.getUID(),
                info -> offline(info, ThingStatusDetail.COMMUNICATION_ERROR), WAIT);
        String reason = String.valueOf(refused.getDescription());
        assertTrue(reason.contains("SSL") || reason.toLowerCase().contains("certificate"), reason);
        assertEquals(List.of(), sim.requests().all(), "no request got through the handshake");
    }

    @Test
    void whenTheUserTurnsCertificateChecksOffForTheBridgeThenItConnectsOverTlsWithTheLiveStream() {
        JellyfinSimulator sim = started(JellyfinSimulator.builder(Dialect.JELLYFIN_10_11).selfSignedTls().start());
        SimClient tv = sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add();

        Bridge bridge = host.startBridge("srv", tls(userConfig(sim.port()), false));

        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        Thing client = host.startThing(THING_TYPE_CLIENT, bridge.getUID(), "tv-1", Map.of("deviceId", "tv-1"));
        callback.awaitStatus(client.getUID(), ThingStatus.ONLINE, WAIT);
        tv.play("film-1");
        callback.awaitTrigger(channel(client, CHANNEL_PLAYBACK_EVENT), "STARTED", WAIT);
        assertEquals(1, upgrades(sim), "the session stream runs over wss");
    }

    @Test
    void whenTheBridgeLogsInThenNoSecretShowsInPropertiesConfigurationDiscoveryOrChannels() {
        JellyfinSimulator sim = started(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
        sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add().play("film-1");
        Bridge bridge = host.startBridge("srv", userConfig(sim.port()));
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        List<DiscoveryResult> discovered = discover(bridge, "tv-1");
        Thing client = host.startThing(THING_TYPE_CLIENT, bridge.getUID(), "tv-1", Map.of("deviceId", "tv-1"));
        callback.awaitStatus(client.getUID(), ThingStatus.ONLINE, WAIT);
        callback.awaitState(channel(client, CHANNEL_PLAYING_ITEM_IMAGE_URL), s -> s.toString().startsWith("http"),
                WAIT);

        List<String> secretValues = new ArrayList<>(List.of(SimAccounts.ADMIN_PASSWORD));
        sim.accounts().tokensOf(sim.admin().id()).forEach(t -> secretValues.add(t.token()));
        assertTrue(secretValues.size() > 1, "the binding holds a token");
        List<String> visible = new ArrayList<>();
        visible.addAll(bridge.getProperties().values());
        bridge.getConfiguration().getProperties().values().forEach(v -> visible.add(String.valueOf(v)));
        visible.addAll(client.getProperties().values());
        discovered.forEach(r -> r.getProperties().values().forEach(v -> visible.add(String.valueOf(v))));
        callback.events().forEach(e -> visible.add(e.toString()));
        for (String value : visible) {
            for (String secret : secretValues) {
                assertFalse(value.contains(secret), "a secret shows: " + value);
            }
        }
    }

    @Test
    void whenTheBridgeUsesAnApiKeyThenImageUrlsPointAtTheConfiguredServerWithoutTheKey() {
        JellyfinSimulator sim = started(JellyfinSimulator.start(Dialect.JELLYFIN_10_11));
        sim.newClient("Living Room TV").user("alice").deviceId("tv-1").add().play("film-1");
        Bridge bridge = host.startBridge("srv", apiKeyConfig(sim.port(), SimAccounts.API_KEY));
        callback.awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        Thing client = host.startThing(THING_TYPE_CLIENT, bridge.getUID(), "tv-1", Map.of("deviceId", "tv-1"));

        State image = callback.awaitState(channel(client, CHANNEL_PLAYING_ITEM_IMAGE_URL),
                s -> s.toString().startsWith("http"), WAIT);

        assertTrue(image.toString().startsWith(sim.baseUrl() + "/Items/" + sim.itemId("film-1") + "/Images/"),
                image.toString());
        assertFalse(image.toString().contains(SimAccounts.API_KEY), image.toString());
        assertFalse(image.toString().toLowerCase().contains("api_key") || image.toString().contains("ApiKey"),
                image.toString());
        callback.events().forEach(e -> assertFalse(e.toString().contains(SimAccounts.API_KEY), e.toString()));
        bridge.getProperties().values().forEach(v -> assertFalse(v.contains(SimAccounts.API_KEY), v));
    }

    private List<DiscoveryResult> discover(Bridge bridge, String deviceId) {
        DiscoveryService discovery = host.services().service(DiscoveryService.class, bridge.getUID())
                .orElseThrow(() -> new AssertionError("no discovery service registered for the bridge"));
        List<DiscoveryResult> results = new CopyOnWriteArrayList<>();
        DiscoveryListener listener = new DiscoveryListener() {
            @Override
            public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
                results.add(result);
            }

            @Override
            public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
            }

            @Override
            public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
                    @Nullable Collection<ThingTypeUID> thingTypeUIDs,
                    @Nullable ThingUID bridgeUID) {
                return List.of();
            }
        };
        discovery.addDiscoveryListener(listener);
        discovery.startScan(null);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (results.stream().noneMatch(r -> deviceId.equals(r.getProperties().get("deviceId")))) {
            assertTrue(System.nanoTime() < deadline, "no discovery result for " + deviceId);
            pause(Duration.ofMillis(20));
        }
        discovery.removeDiscoveryListener(listener);
        return results;
    }
}
