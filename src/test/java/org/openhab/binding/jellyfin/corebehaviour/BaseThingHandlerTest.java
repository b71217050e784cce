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
package org.openhab.binding.jellyfin.corebehaviour;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.Event;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.host.TestThings;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * How {@link BaseThingHandler} routes everything through its callback.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerTest {

    private static final ThingTypeUID SERVER = new ThingTypeUID("jellyfin", "server");
    private static final ThingTypeUID CLIENT = new ThingTypeUID("jellyfin", "client");

    /** The configuration the sample handler reads. */
    public static class SampleConfig {
        public String deviceId = "";
        public int volumeStep = 5;
    }

    /** A handler using the protected API the binding's handlers use. */
    static class SampleHandler extends BaseThingHandler {
        SampleHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
            updateStatus(ThingStatus.UNKNOWN);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            updateState(channelUID, (State) command);
        }

        void goOnline() {
            updateStatus(ThingStatus.ONLINE);
        }

        void fail(String why) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, why);
        }

        void report(String channel, State state) {
            updateState(channel, state);
        }

        void emit(String channel, String event) {
            triggerChannel(channel, event);
        }

        SampleConfig config() {
            return getConfigAs(SampleConfig.class);
        }

        @Nullable
        Bridge bridge() {
            return getBridge();
        }

        ScheduledExecutorService pool() {
            return scheduler;
        }

        boolean linked(String channel) {
            return isLinked(channel);
        }

        void property(String name, String value) {
            updateProperty(name, value);
        }
    }

    private final RecordingCallback callback = new RecordingCallback();
    private final Bridge bridge = TestThings.bridge(SERVER, "srv", Map.of("url", "http://jf"));
    private final Thing thing = TestThings.thing(CLIENT, bridge.getUID(), "abc",
            Map.of("deviceId", "abc", "volumeStep", 10), TestThings.state("control", "Player"),
            TestThings.trigger("event"));
    private final SampleHandler handler = new SampleHandler(thing);

    @BeforeEach
    void setUp() {
        callback.register(bridge, thing);
        handler.setCallback(callback);
    }

    @Test
    void whenStatusUpdatedThenCallbackGetsItAndThingFollows() {
        handler.initialize();
        handler.goOnline();
        handler.fail("connection refused");
        assertEquals(3, callback.statuses(thing.getUID()).size());
        ThingStatusInfo last = callback.lastStatus(thing.getUID());
        assertNotNull(last);
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, last.getStatusDetail());
        assertEquals("connection refused", last.getDescription());
        assertEquals(ThingStatus.OFFLINE, handler.getThing().getStatus());
    }

    @Test
    void whenStateAndTriggerReportedThenCallbackRecordsThem() {
        ChannelUID control = new ChannelUID(thing.getUID(), "control");
        handler.report("control", PlayPauseType.PLAY);
        handler.handleCommand(control, PlayPauseType.PAUSE);
        handler.emit("event", "SESSION_STARTED");
        assertEquals(PlayPauseType.PAUSE, callback.lastState(control));
        assertEquals(2, callback.states(control).size());
        assertEquals(List.of("SESSION_STARTED"), callback.triggers(new ChannelUID(thing.getUID(), "event")));
    }

    @Test
    void whenConfigReadThenMappedFromThingConfiguration() {
        SampleConfig config = handler.config();
        assertEquals("abc", config.deviceId);
        assertEquals(10, config.volumeStep);
    }

    @Test
    void whenBridgeAskedThenResolvedThroughCallback() {
        assertEquals(bridge, handler.bridge());
        handler.setCallback(null);
        assertNull(handler.bridge());
    }

    @Test
    void whenNoCallbackThenReportsAreDroppedWithoutError() {
        handler.setCallback(null);
        assertDoesNotThrow(() -> {
            handler.goOnline();
            handler.report("control", PlayPauseType.PLAY);
            handler.emit("event", "X");
        });
        assertTrue(callback.events().isEmpty());
    }

    @Test
    void whenBridgeGoesOfflineThenThingIsBridgeOffline() {
        handler.goOnline();
        handler.bridgeStatusChanged(ThingStatusInfoBuilder.create(ThingStatus.OFFLINE).build());
        ThingStatusInfo info = callback.awaitStatus(thing.getUID(), ThingStatus.OFFLINE, Duration.ofSeconds(30));
        assertEquals(ThingStatusDetail.BRIDGE_OFFLINE, info.getStatusDetail());
        handler.bridgeStatusChanged(ThingStatusInfoBuilder.create(ThingStatus.ONLINE).build());
        callback.awaitStatus(thing.getUID(), ThingStatus.ONLINE, Duration.ofSeconds(30));
    }

    @Test
    void whenTaskScheduledThenSharedPoolRunsIt() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        handler.pool().schedule(ran::countDown, 10, TimeUnit.MILLISECONDS);
        assertTrue(ran.await(30, TimeUnit.SECONDS));
    }

    @Test
    void whenLinkQueriedThenCallbackDecides() {
        assertTrue(handler.linked("control"));
        callback.setLinked(new ChannelUID(thing.getUID(), "control"), false);
        assertFalse(handler.linked("control"));
    }

    @Test
    void whenPropertyUpdatedThenThingUpdateIsReported() {
        handler.property("serverVersion", "10.11.0");
        assertEquals("10.11.0", handler.getThing().getProperties().get("serverVersion"));
        assertEquals(1, callback.events(Event.ThingUpdated.class).size());
        handler.property("serverVersion", "10.11.0");
        assertEquals(1, callback.events(Event.ThingUpdated.class).size());
    }
}
