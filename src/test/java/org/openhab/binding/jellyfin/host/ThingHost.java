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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.types.Command;

/**
 * Runs handlers the way openHAB's thing manager wires them, for handler tests and probes: has the handler made (by a
 * handler factory's {@code registerHandler}, which also starts the handler's services, or by a function), sets it on
 * its thing (so {@code getBridge().getHandler()} works), hands it the {@link RecordingCallback}, initializes it,
 * tells the bridge handler about its children and forwards bridge status changes (ONLINE, OFFLINE, UNKNOWN) to the
 * children's {@code bridgeStatusChanged} on a separate thread. Stopping a thing disposes its handler, tells the
 * bridge, and then has the factory unregister the handler (which disposes its services), in openHAB's order.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingHost implements AutoCloseable {

    private final RecordingCallback callback;
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "thing-host-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<ThingUID, ThingHandler> handlers = new ConcurrentHashMap<>();
    private final Map<ThingUID, ThingHandlerFactory> factories = new ConcurrentHashMap<>();
    private final List<ThingUID> startOrder = new ArrayList<>();

    public ThingHost(RecordingCallback callback) {
        this.callback = callback;
        callback.addListener(this::onEvent);
    }

    public RecordingCallback callback() {
        return callback;
    }

    /**
     * Creates the handler of a thing and starts it.
     *
     * @param thing the thing (a bridge's handler is started before its children)
     * @param factory creates the handler for the thing
     * @return the initialized handler
     */
    public <H extends ThingHandler> H start(Thing thing, Function<Thing, H> factory) {
        return start(thing, factory.apply(thing));
    }

    /**
     * Has a handler factory register the handler of a thing, and starts it.
     *
     * @param thing the thing (a bridge's handler is started before its children)
     * @param factory the factory, activated; it also unregisters the handler when the thing is stopped
     * @return the initialized handler
     */
    public ThingHandler start(Thing thing, ThingHandlerFactory factory) {
        ThingHandler handler = factory.registerHandler(thing);
        factories.put(thing.getUID(), factory);
        return start(thing, handler);
    }

    private <H extends ThingHandler> H start(Thing thing, H handler) {
        thing.setHandler(handler);
        callback.register(thing);
        handlers.put(thing.getUID(), handler);
        synchronized (startOrder) {
            startOrder.add(thing.getUID());
        }
        handler.setCallback(callback);
        handler.initialize();
        BridgeHandler bridgeHandler = bridgeHandlerOf(thing);
        if (bridgeHandler != null) {
            bridgeHandler.childHandlerInitialized(handler, thing);
        }
        return handler;
    }

    /**
     * Disposes a handler like the framework does when a thing is disabled or removed.
     *
     * @param thingUID the thing
     */
    public void stop(ThingUID thingUID) {
        ThingHandler handler = handlers.remove(thingUID);
        synchronized (startOrder) {
            startOrder.remove(thingUID);
        }
        if (handler == null) {
            return;
        }
        Thing thing = handler.getThing();
        handler.dispose();
        BridgeHandler bridgeHandler = bridgeHandlerOf(thing);
        if (bridgeHandler != null) {
            bridgeHandler.childHandlerDisposed(handler, thing);
        }
        ThingHandlerFactory factory = factories.remove(thingUID);
        if (factory != null) {
            factory.unregisterHandler(thing);
        }
        handler.setCallback(null);
        thing.setHandler(null);
    }

    /**
     * Sends a command to the handler of the channel's thing.
     *
     * @param channelUID the channel
     * @param command the command
     */
    public void send(ChannelUID channelUID, Command command) {
        ThingHandler handler = handlers.get(channelUID.getThingUID());
        if (handler == null) {
            throw new IllegalArgumentException("No handler started for " + channelUID.getThingUID());
        }
        handler.handleCommand(channelUID, command);
    }

    public @Nullable ThingHandler handler(ThingUID thingUID) {
        return handlers.get(thingUID);
    }

    private @Nullable BridgeHandler bridgeHandlerOf(Thing thing) {
        ThingUID bridgeUID = thing.getBridgeUID();
        if (bridgeUID == null) {
            return null;
        }
        Bridge bridge = callback.getBridge(bridgeUID);
        return bridge != null ? bridge.getHandler() : null;
    }

    private void onEvent(Event event) {
        if (!(event instanceof Event.StatusUpdated update)
                || !(handlers.get(update.thingUID()) instanceof BridgeHandler)) {
            return;
        }
        ThingStatusInfo info = update.info();
        ThingStatus status = info.getStatus();
        if (status != ThingStatus.ONLINE && status != ThingStatus.OFFLINE && status != ThingStatus.UNKNOWN) {
            return;
        }
        for (ThingHandler child : handlers.values()) {
            if (update.thingUID().equals(child.getThing().getBridgeUID())) {
                dispatcher.execute(() -> child.bridgeStatusChanged(info));
            }
        }
    }

    /**
     * Stops all handlers, children before bridges (reverse start order).
     */
    @Override
    public void close() {
        List<ThingUID> order;
        synchronized (startOrder) {
            order = new ArrayList<>(startOrder);
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            stop(order.get(i));
        }
        dispatcher.shutdown();
        try {
            dispatcher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
