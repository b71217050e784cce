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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.TestThings;
import org.openhab.core.config.discovery.AbstractDiscoveryService;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.config.discovery.ScanListener;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.types.Command;

/**
 * How discovery services report to their listeners.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class DiscoveryServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ThingTypeUID SERVER = new ThingTypeUID("jellyfin", "server");
    private static final ThingTypeUID CLIENT = new ThingTypeUID("jellyfin", "client");
    private static final ThingUID BRIDGE_UID = new ThingUID(SERVER, "srv");
    private static final ThingUID CLIENT_UID = new ThingUID(CLIENT, BRIDGE_UID, "abc");

    /** Finds one client on every scan. */
    static class SampleDiscovery extends AbstractDiscoveryService {
        final List<String> calls = new CopyOnWriteArrayList<>();

        SampleDiscovery() {
            super(Set.of(CLIENT), 5, false);
        }

        @Override
        protected void startScan() {
            calls.add("scan");
            thingDiscovered(DiscoveryResultBuilder.create(CLIENT_UID).withBridge(BRIDGE_UID).withLabel("Living room")
                    .withProperty("deviceId", "abc").withRepresentationProperty("deviceId").withTTL(60).build());
        }

        void lost(ThingUID uid) {
            thingRemoved(uid);
        }

        void removeBefore(Instant instant) {
            removeOlderResults(instant, BRIDGE_UID);
        }
    }

    /** Records what it is told; {@link #next()} waits for the next result handed to it. */
    static class Recorder implements DiscoveryListener {
        final List<DiscoveryResult> discovered = new CopyOnWriteArrayList<>();
        final BlockingQueue<DiscoveryResult> arrivals = new LinkedBlockingQueue<>();
        final List<ThingUID> removed = new CopyOnWriteArrayList<>();
        final List<String> olderRemovals = new CopyOnWriteArrayList<>();

        @Override
        public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
            discovered.add(result);
            arrivals.add(result);
        }

        DiscoveryResult next() {
            try {
                DiscoveryResult result = arrivals.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertNotNull(result, "no discovery result reached the listener");
                return Objects.requireNonNull(result);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        @Override
        public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
            removed.add(thingUID);
        }

        @Override
        public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
                @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
            olderRemovals.add(thingTypeUIDs + "@" + bridgeUID);
            return List.of(CLIENT_UID);
        }
    }

    /**
     * openHAB 5.0 hands a result to the listeners before {@code thingDiscovered} returns, 5.1 and later on the
     * discovery thread pool afterwards: the listener waits for it, and gets all of it.
     */
    @Test
    void whenScanFindsThingThenListenerGetsFullResult() {
        SampleDiscovery discovery = new SampleDiscovery();
        Recorder recorder = new Recorder();
        discovery.addDiscoveryListener(recorder);
        discovery.startScan(null);

        DiscoveryResult result = recorder.next();
        assertEquals(CLIENT_UID, result.getThingUID());
        assertEquals(CLIENT, result.getThingTypeUID());
        assertEquals(BRIDGE_UID, result.getBridgeUID());
        assertEquals("Living room", result.getLabel());
        assertEquals("abc", result.getProperties().get("deviceId"));
        assertEquals("deviceId", result.getRepresentationProperty());
        assertEquals(60, result.getTimeToLive());
        assertEquals("jellyfin", result.getBindingId());
        assertEquals(Set.of(CLIENT), discovery.getSupportedThingTypes());
        assertFalse(discovery.isBackgroundDiscoveryEnabled());
    }

    @Test
    void whenListenerAddedLaterThenKnownResultsAreReplayed() {
        SampleDiscovery discovery = new SampleDiscovery();
        discovery.startScan(null);
        Recorder late = new Recorder();
        discovery.addDiscoveryListener(late);
        assertEquals(List.of(CLIENT_UID), late.discovered.stream().map(DiscoveryResult::getThingUID).toList());
    }

    @Test
    void whenThingRemovedThenListenersToldAndNotReplayed() {
        SampleDiscovery discovery = new SampleDiscovery();
        Recorder recorder = new Recorder();
        discovery.addDiscoveryListener(recorder);
        discovery.startScan(null);
        recorder.next();
        discovery.lost(CLIENT_UID);
        assertEquals(List.of(CLIENT_UID), recorder.removed);
        Recorder late = new Recorder();
        discovery.addDiscoveryListener(late);
        assertTrue(late.discovered.isEmpty());
    }

    @Test
    void whenOlderResultsRemovedThenListenersAskedForTypesOfBridge() {
        SampleDiscovery discovery = new SampleDiscovery();
        Recorder recorder = new Recorder();
        discovery.addDiscoveryListener(recorder);
        discovery.startScan(null);
        recorder.next();
        discovery.removeBefore(Instant.now());
        assertEquals(List.of(Set.of(CLIENT) + "@" + BRIDGE_UID), recorder.olderRemovals);
        discovery.removeDiscoveryListener(recorder);
        Recorder still = new Recorder();
        discovery.addDiscoveryListener(still);
        discovery.startScan(null);
        still.next(); // the second scan's result has been handed out
        assertEquals(1, recorder.discovered.size());
    }

    @Test
    void whenScanAbortedThenScanListenerGetsCancellation() {
        SampleDiscovery discovery = new SampleDiscovery();
        List<@Nullable Exception> errors = new ArrayList<>();
        discovery.startScan(new ScanListener() {
            @Override
            public void onFinished() {
                errors.add(null);
            }

            @Override
            public void onErrorOccurred(@Nullable Exception exception) {
                errors.add(exception);
            }
        });
        discovery.abortScan();
        assertEquals(1, errors.size());
        assertInstanceOf(CancellationException.class, errors.get(0));
    }

    @Test
    void whenTimeoutNegativeThenRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AbstractDiscoveryService(-1) {
            @Override
            protected void startScan() {
            }
        });
    }

    /** A handler type the handler discovery accepts. */
    static class ServerHandler extends BaseThingHandler {
        ServerHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }
    }

    /** Another handler type. */
    static class OtherHandler extends ServerHandler {
        OtherHandler(Thing thing) {
            super(thing);
        }
    }

    /** Discovery bound to a server handler. */
    static class HandlerDiscovery extends AbstractThingHandlerDiscoveryService<OtherHandler> {
        final List<String> calls = new CopyOnWriteArrayList<>();

        HandlerDiscovery() {
            super(OtherHandler.class, Set.of(CLIENT), 5, true);
        }

        @Override
        protected void startScan() {
            calls.add("scan:" + thingHandler.getThing().getUID());
        }

        @Override
        protected void startBackgroundDiscovery() {
            calls.add("start");
        }

        @Override
        protected void stopBackgroundDiscovery() {
            calls.add("stop");
        }
    }

    @Test
    void whenHandlerDiscoveryGetsHandlerThenItScansAndRunsInBackground() {
        Thing bridge = TestThings.bridge(SERVER, "srv", Map.of());
        HandlerDiscovery discovery = new HandlerDiscovery();
        assertThrows(IllegalArgumentException.class, () -> discovery.setThingHandler(new ServerHandler(bridge)));
        OtherHandler handler = new OtherHandler(bridge);
        discovery.setThingHandler(handler);
        assertSame(handler, discovery.getThingHandler());
        discovery.initialize();
        discovery.startScan(null);
        discovery.dispose();
        assertEquals(List.of("start", "scan:" + BRIDGE_UID, "stop"), discovery.calls);
    }
}
