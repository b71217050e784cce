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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;

/**
 * The recording callback records in order, keeps things current and waits for what tests expect.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class RecordingCallbackTest {

    private static final ThingTypeUID SERVER = new ThingTypeUID("jellyfin", "server");
    private static final ThingTypeUID CLIENT = new ThingTypeUID("jellyfin", "client");

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final RecordingCallback callback = new RecordingCallback();
    private final Bridge bridge = TestThings.bridge(SERVER, "srv", Map.of());
    private final Thing thing = TestThings.thing(CLIENT, bridge.getUID(), "abc", Map.of(),
            TestThings.state("volume", "Dimmer"));
    private final ChannelUID volume = new ChannelUID(thing.getUID(), "volume");

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void whenStateArrivesLaterThenAwaitReturnsIt() {
        executor.schedule(() -> callback.stateUpdated(volume, new DecimalType(40)), 50, TimeUnit.MILLISECONDS);
        assertEquals(new DecimalType(40),
                callback.awaitState(volume, s -> s.equals(new DecimalType(40)), Duration.ofSeconds(30)));
    }

    @Test
    void whenStatusNeverArrivesThenAwaitFailsWithHistory() {
        callback.statusUpdated(thing, ThingStatusInfoBuilder.create(ThingStatus.UNKNOWN).build());
        AssertionError error = assertThrows(AssertionError.class,
                () -> callback.awaitStatus(thing.getUID(), ThingStatus.ONLINE, Duration.ofMillis(100)));
        assertTrue(error.getMessage().contains("UNKNOWN"), error.getMessage());
    }

    @Test
    void whenStatusUpdatedThenThingCarriesIt() {
        ThingStatusInfo offline = ThingStatusInfoBuilder
                .create(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR).build();
        callback.statusUpdated(thing, offline);
        Thing current = callback.getThing(thing.getUID());
        assertNotNull(current);
        assertEquals(offline, current.getStatusInfo());
        assertEquals(offline, callback.awaitStatus(thing.getUID(), ThingStatus.OFFLINE, Duration.ZERO));
    }

    @Test
    void whenEventsRecordedThenListenersSeeThemInOrder() {
        List<Event> seen = new CopyOnWriteArrayList<>();
        callback.addListener(seen::add);
        callback.statusUpdated(thing, ThingStatusInfoBuilder.create(ThingStatus.ONLINE).build());
        callback.stateUpdated(volume, new DecimalType(1));
        callback.channelTriggered(thing, volume, "X");
        assertEquals(callback.events(), seen);
        assertInstanceOf(Event.StatusUpdated.class, seen.get(0));
        assertInstanceOf(Event.StateUpdated.class, seen.get(1));
        assertInstanceOf(Event.ChannelTriggered.class, seen.get(2));
        callback.clear();
        assertTrue(callback.events().isEmpty());
    }

    @Test
    void whenBridgeRegisteredThenOnlyBridgesResolve() {
        callback.register(bridge, thing);
        assertSame(bridge, callback.getBridge(bridge.getUID()));
        assertNull(callback.getBridge(thing.getUID()));
        assertTrue(callback.isChannelLinked(volume));
        callback.setLinkedByDefault(false);
        assertFalse(callback.isChannelLinked(volume));
    }

    @Test
    void whenChannelEditedThenBuilderStartsFromIt() {
        assertEquals("Dimmer", callback.editChannel(thing, volume).build().getAcceptedItemType());
        assertThrows(IllegalArgumentException.class,
                () -> callback.editChannel(thing, new ChannelUID(thing.getUID(), "missing")));
    }
}
