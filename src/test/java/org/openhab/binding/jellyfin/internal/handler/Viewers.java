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

import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.SimAccounts;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;

/**
 * What the tests of homes with several viewers share: bridge configurations (alice, the administrator; bob, who is
 * not one; an API key), starting a bridge and a client thing, and which user each watched mark the server received
 * was for.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class Viewers {

    /** The deadline for an event that must happen, as in the other end-to-end tests: only a slow machine nears it. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private Viewers() {
    }

    static Map<String, Object> login(JellyfinSimulator sim, String user, String password) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("hostname", "127.0.0.1");
        config.put("port", sim.port());
        config.put("userName", user);
        config.put("password", password);
        config.put("refreshSeconds", 1);
        return config;
    }

    static Map<String, Object> alice(JellyfinSimulator sim) {
        return login(sim, SimAccounts.ADMIN_NAME, SimAccounts.ADMIN_PASSWORD);
    }

    static Map<String, Object> bob(JellyfinSimulator sim) {
        return login(sim, SimAccounts.USER_NAME, SimAccounts.USER_PASSWORD);
    }

    /** An API key, with alice as the bridge's user. */
    static Map<String, Object> apiKey(JellyfinSimulator sim) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("hostname", "127.0.0.1");
        config.put("port", sim.port());
        config.put("token", SimAccounts.API_KEY);
        config.put("userId", sim.admin().id());
        config.put("refreshSeconds", 1);
        return config;
    }

    /**
     * A bridge, online, with its session stream connected: the first session list (which comes after the socket
     * opened) has set {@code active-sessions}.
     */
    static Bridge startBridge(BindingHost host, Map<String, Object> config) {
        Bridge bridge = host.startBridge("srv", config);
        host.callback().awaitStatus(bridge.getUID(), ThingStatus.ONLINE, WAIT);
        host.callback().awaitState(channel(bridge.getUID(), CHANNEL_ACTIVE_SESSIONS), state -> true, WAIT);
        return bridge;
    }

    /** A client thing following the device, online. */
    static Thing startClient(BindingHost host, Bridge bridge, String deviceId) {
        Thing client = host.startThing(THING_TYPE_CLIENT, bridge.getUID(), deviceId, Map.of("deviceId", deviceId));
        host.callback().awaitStatus(client.getUID(), ThingStatus.ONLINE, WAIT);
        return client;
    }

    static ChannelUID channel(Thing thing, String channelId) {
        return new ChannelUID(thing.getUID(), channelId);
    }

    static ChannelUID channel(ThingUID thing, String channelId) {
        return new ChannelUID(thing, channelId);
    }

    /**
     * @param method POST (marked played) or DELETE (marked unplayed)
     * @return the user of each watched mark the server answered with 200, in order (normalised ids): from the path on
     *         Jellyfin 10.8 and Emby, from {@code userId} on the others
     */
    static List<String> marksFor(JellyfinSimulator sim, String method) {
        return sim.requests().all().stream().filter(r -> r.method().equals(method) && r.status() == 200)
                .map(Viewers::markUser).filter(user -> !user.isEmpty()).toList();
    }

    private static String markUser(RecordedRequest r) {
        String[] path = r.apiPath().split("/");
        if (path.length == 5 && "Users".equalsIgnoreCase(path[1]) && "PlayedItems".equalsIgnoreCase(path[3])) {
            return Guids.normalize(path[2]);
        }
        String user = r.queryParam("userId");
        return path.length == 3 && "UserPlayedItems".equalsIgnoreCase(path[1]) && user != null
                ? Guids.normalize(user)
                : "";
    }
}
