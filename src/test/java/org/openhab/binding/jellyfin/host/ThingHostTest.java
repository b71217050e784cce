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
package org.openhab.binding.jellyfin.host;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * The host wires bridge and child handlers like the framework.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingHostTest {

    private static final ThingTypeUID SERVER = new ThingTypeUID("jellyfin", "server");
    private static final ThingTypeUID CLIENT = new ThingTypeUID("jellyfin", "client");

    /** A bridge handler recording its children. */
    static class ServerHandler extends BaseBridgeHandler {
        final List<String> children = new CopyOnWriteArrayList<>();

        ServerHandler(Bridge bridge) {
            super(bridge);
        }

        @Override
        public void initialize() {
            updateStatus(ThingStatus.ONLINE);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        void lose() {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        }

        @Override
        public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
            children.add("+" + childThing.getUID().getId());
        }

        @Override
        public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
            children.add("-" + childThing.getUID().getId());
        }
    }

    /** A client handler reaching its bridge handler. */
    static class ClientHandler extends BaseThingHandler {
        ClientHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
            Bridge bridge = getBridge();
            updateStatus(bridge != null && bridge.getHandler() instanceof ServerHandler ? ThingStatus.ONLINE
                    : ThingStatus.OFFLINE);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            updateState(channelUID, (State) command);
        }
    }

    @Test
    void whenBridgeAndChildStartedThenChildReachesBridgeHandlerAndFollowsItsStatus() {
        RecordingCallback callback = new RecordingCallback();
        Bridge bridge = TestThings.bridge(SERVER, "srv", Map.of());
        Thing client = TestThings.thing(CLIENT, bridge.getUID(), "abc", Map.of(),
                TestThings.state("control", "Player"));
        ServerHandler server;
        try (ThingHost host = new ThingHost(callback)) {
            server = host.start(bridge, b -> new ServerHandler((Bridge) b));
            host.start(client, ClientHandler::new);
            callback.awaitStatus(client.getUID(), ThingStatus.ONLINE, Duration.ofSeconds(30));
            assertEquals(List.of("+abc"), server.children);

            ChannelUID control = new ChannelUID(client.getUID(), "control");
            host.send(control, PlayPauseType.PAUSE);
            assertEquals(PlayPauseType.PAUSE, callback.lastState(control));

            server.lose();
            assertEquals(ThingStatusDetail.BRIDGE_OFFLINE, callback
                    .awaitStatus(client.getUID(), ThingStatus.OFFLINE, Duration.ofSeconds(30)).getStatusDetail());
        }
        assertEquals(List.of("+abc", "-abc"), server.children);
        assertNull(client.getHandler());
    }
}
