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
package org.openhab.binding.jellyfin.probe;

import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.BINDING_ID;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.Descriptors.ThingTypeDescriptor;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-in runtime the probe runs the binding on: the binding's own handler factory (through {@link BindingHost}),
 * one bridge, the handler services the factory registers for each handler (discovery, actions), found through the
 * registry as openHAB finds them, and an inbox that listens to every discovery service and accepts each result at
 * once, building the thing from the binding's descriptors. Nothing here names a thing type: whatever the factory
 * supports and the descriptors declare can be started.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class ProbeHost implements AutoCloseable {

    private final Logger logger = LoggerFactory.getLogger(ProbeHost.class);
    private final BindingHost binding = new BindingHost();
    private final ExecutorService inboxExecutor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "probe-inbox");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<ThingUID> startedThings = ConcurrentHashMap.newKeySet();
    private final Set<ThingUID> offered = ConcurrentHashMap.newKeySet();
    private final DiscoveryListener inbox = new Inbox();
    private @Nullable Bridge bridge;

    RecordingCallback callback() {
        return binding.callback();
    }

    /** The binding's thing types: declared in its descriptors and supported by its handler factory. */
    List<ThingTypeUID> thingTypes() {
        return binding.descriptors().thingTypes().keySet().stream().map(id -> new ThingTypeUID(BINDING_ID, id))
                .filter(binding.factory()::supportsThingType).toList();
    }

    /** Starts the bridge (of the binding's only bridge type) and its handler services. */
    synchronized Bridge startBridge(String id, Map<String, Object> config) {
        ThingTypeUID type = thingTypes().stream()
                .filter(t -> binding.descriptors().thingTypes().get(t.getId()).bridge()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the binding declares no bridge type"));
        Bridge started = binding.descriptors().bridge(type, id, config);
        binding.start(started);
        bridge = started;
        connectInbox(started);
        return started;
    }

    /**
     * Starts a thing under the bridge, and its handler services.
     *
     * @throws IllegalArgumentException for a type the binding does not have, or a thing that runs already
     */
    Thing startThing(ExtraThing wanted) {
        return startThing(wanted.typeId(), wanted.id(), wanted.config(), Map.of(), null);
    }

    private synchronized Thing startThing(String typeId, String id, Map<String, Object> config,
            Map<String, String> properties, @Nullable String label) {
        ThingTypeUID type = new ThingTypeUID(BINDING_ID, typeId);
        ThingTypeDescriptor descriptor = binding.descriptors().thingTypes().get(typeId);
        if (descriptor == null || !binding.factory().supportsThingType(type)) {
            throw new IllegalArgumentException("no thing type " + typeId + "; the binding has "
                    + thingTypes().stream().map(ThingTypeUID::getId).toList());
        }
        if (descriptor.bridge()) {
            throw new IllegalArgumentException("the probe runs one bridge; " + typeId + " is a bridge type");
        }
        Bridge parent = bridge;
        if (parent == null) {
            throw new IllegalStateException("the bridge is not started");
        }
        ThingUID uid = new ThingUID(type, parent.getUID(), id);
        if (binding.things().handler(uid) != null) {
            throw new IllegalArgumentException(uid + " runs already");
        }
        Thing thing = binding.descriptors().thing(type, parent.getUID(), id, config);
        properties.forEach(thing::setProperty);
        if (label != null) {
            thing.setLabel(label);
        }
        binding.start(thing);
        connectInbox(thing);
        return thing;
    }

    /** The inbox listens to the discovery services the factory registered for the thing, as openHAB's does. */
    private void connectInbox(Thing thing) {
        binding.services().service(DiscoveryService.class, thing.getUID())
                .ifPresent(discovery -> discovery.addDiscoveryListener(inbox));
        startedThings.add(thing.getUID());
    }

    /** Whether the thing has been started completely: handler initialized, bridge told, services started. */
    boolean isStarted(ThingUID uid) {
        return startedThings.contains(uid);
    }

    /** The current thing object of a started thing. */
    Thing thing(ThingUID uid) {
        ThingHandler handler = binding.things().handler(uid);
        if (handler == null) {
            throw new IllegalArgumentException("no thing " + uid + " is running");
        }
        return handler.getThing();
    }

    /** The item type of a channel, from the descriptors ({@code trigger} for a trigger channel). */
    String itemType(ChannelUID channelUID) {
        Thing thing = thing(channelUID.getThingUID());
        Channel channel = thing.getChannel(channelUID.getId());
        if (channel == null) {
            throw new IllegalArgumentException(thing.getUID() + " has no channel " + channelUID.getId());
        }
        return binding.descriptors().itemType(thing.getThingTypeUID().getId(), channelUID.getId());
    }

    void send(ChannelUID channelUID, Command command) {
        binding.things().send(channelUID, command);
    }

    /** The rule actions of a thing, or null when its handler offers none. */
    @Nullable
    ThingActions actions(ThingUID uid) {
        return binding.services().service(ThingActions.class, uid).orElse(null);
    }

    /** Accepts every result at once, like a user approving the inbox: config parameters and thing properties. */
    private class Inbox implements DiscoveryListener {
        @Override
        public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
            if (offered.add(result.getThingUID())) {
                inboxExecutor.execute(() -> accept(result));
            }
        }

        private void accept(DiscoveryResult result) {
            String typeId = result.getThingTypeUID().getId();
            List<String> parameters = binding.descriptors().configParameters(typeId);
            Map<String, Object> config = new LinkedHashMap<>();
            Map<String, String> properties = new LinkedHashMap<>();
            result.getProperties().forEach((key, value) -> {
                if (parameters.contains(key)) {
                    config.put(key, value);
                } else {
                    properties.put(key, String.valueOf(value));
                }
            });
            try {
                startThing(typeId, result.getThingUID().getId(), config, properties, result.getLabel());
            } catch (RuntimeException e) {
                logger.warn("Cannot accept {} from the inbox: {}", result.getThingUID(), e.getMessage());
            }
        }

        @Override
        public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
            // an accepted thing stays, as in openHAB
        }

        @Override
        public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
                @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
            return List.of();
        }
    }

    @Override
    public void close() {
        inboxExecutor.shutdownNow();
        try {
            inboxExecutor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        binding.services().services(DiscoveryService.class)
                .forEach(discovery -> discovery.removeDiscoveryListener(inbox));
        binding.close();
    }
}
