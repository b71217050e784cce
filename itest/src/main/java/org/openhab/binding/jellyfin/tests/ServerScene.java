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
package org.openhab.binding.jellyfin.tests;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.binding.jellyfin.simulator.SimulatorBuilder;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.type.ThingTypeRegistry;

/**
 * A simulated server with a playing client {@code tv-1}, and the binding's {@code server} bridge and {@code client}
 * thing for it, created through openHAB's ThingRegistry as Main UI creates them (a thing of a type, with the
 * configuration a user enters). Closing removes the things and stops the server.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
final class ServerScene implements AutoCloseable {
    static final String BINDING = "jellyfin";
    static final ThingTypeUID SERVER = new ThingTypeUID(BINDING, "server");
    static final ThingTypeUID CLIENT = new ThingTypeUID(BINDING, "client");
    static final String TV_DEVICE = "tv-1";

    final JellyfinSimulator sim;
    final SimClient tv;
    final ThingUID bridgeUID;
    final ThingUID clientUID;
    private final ThingRegistry things = Framework.service(ThingRegistry.class);

    /**
     * Starts a simulated server of this dialect with {@code sessions} sessions of simulated clients: {@code tv-1}
     * playing a film, and one in five of the others playing too.
     */
    ServerScene(Dialect dialect, String bridgeId, int sessions) {
        this(dialect, sessions, bridgeId);
    }

    /**
     * The same with one session, and a bridge whose id is the server's id, as when a user accepts the server that
     * discovery offered.
     */
    static ServerScene asDiscovered(Dialect dialect) {
        return new ServerScene(dialect, 1, null);
    }

    /** The same with one session, the server serving HTTPS with a self-signed certificate. */
    static ServerScene overTls(Dialect dialect, String bridgeId) {
        return new ServerScene(dialect, 1, bridgeId, true);
    }

    private ServerScene(Dialect dialect, int sessions, @Nullable String bridgeId) {
        this(dialect, sessions, bridgeId, false);
    }

    private ServerScene(Dialect dialect, int sessions, @Nullable String bridgeId, boolean tls) {
        SimulatorBuilder builder = JellyfinSimulator.builder(dialect).strict(false);
        sim = (tls ? builder.selfSignedTls() : builder).start();
        tv = sim.newClient("Living Room TV").user("alice").deviceId(TV_DEVICE).add();
        tv.play("film-1");
        List<SimClient> others = sim.addClients(sessions - 1);
        for (int i = 0; i < others.size(); i += 5) {
            others.get(i).play("film-2");
        }
        bridgeUID = new ThingUID(SERVER,
                bridgeId != null ? bridgeId : sim.serverId().replace("-", "").toLowerCase(Locale.ROOT));
        clientUID = new ThingUID(CLIENT, bridgeUID, "tv");
    }

    /** Adds the bridge and the client thing and waits until both are ONLINE. */
    ServerScene online(EventLog events) {
        return online(events, Map.of());
    }

    /** The same, with more parameters of the bridge's configuration. */
    ServerScene online(EventLog events, Map<String, Object> moreServerConfig) {
        // openHAB reads the binding's descriptors after the bundle starts: Main UI offers no type before that
        ThingTypeRegistry types = Framework.service(ThingTypeRegistry.class);
        Framework.awaitCondition("openHAB knows the server and client thing types",
                () -> types.getThingType(SERVER) != null && types.getThingType(CLIENT) != null);
        int mark = events.mark();
        Map<String, Object> config = new HashMap<>(Map.of("hostname", "127.0.0.1", "port",
                BigDecimal.valueOf(sim.port()), "userName", "alice", "password", "alice-secret"));
        config.putAll(moreServerConfig);
        Configuration server = new Configuration(config);
        add(things.createThingOfType(SERVER, bridgeUID, null, "Jellyfin " + sim.dialect().id(), server));
        add(things.createThingOfType(CLIENT, clientUID, bridgeUID, "Living Room TV",
                new Configuration(Map.of("deviceId", TV_DEVICE))));
        events.awaitStatus(bridgeUID, ThingStatus.ONLINE, mark);
        events.awaitStatus(clientUID, ThingStatus.ONLINE, mark);
        // the bridge is ONLINE while its WebSocket still connects: the pushes start once it has subscribed
        Framework.awaitCondition("the bridge subscribed to the server's session pushes",
                () -> sim.subscribedSockets() == 1);
        return this;
    }

    private void add(@Nullable Thing thing) {
        if (thing == null) {
            throw new AssertionError("openHAB's ThingRegistry cannot create a thing of this type");
        }
        things.add(thing);
    }

    ChannelUID channel(String id) {
        return new ChannelUID(clientUID, id);
    }

    Thing thing(ThingUID uid) {
        Thing thing = things.get(uid);
        if (thing == null) {
            throw new AssertionError(uid + " is not in the ThingRegistry");
        }
        return thing;
    }

    /** Removes the things from the registry; openHAB disposes their handlers. */
    void removeThings() {
        things.forceRemove(clientUID);
        things.forceRemove(bridgeUID);
    }

    @Override
    public void close() {
        removeThings();
        sim.close();
    }
}
