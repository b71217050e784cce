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

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * A {@link ThingHandlerCallback} for tests and probes: records everything handlers report, in order, keeps the
 * current {@link Thing} objects (status updates are applied to the thing, like the framework does), resolves
 * bridges through its registry and lets callers wait for states, statuses and triggers.
 * <p>
 * Thread-safe: handlers may report from any thread.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class RecordingCallback implements ThingHandlerCallback {

    private final Object lock = new Object();
    private final List<Event> events = new ArrayList<>();
    private final Map<ThingUID, Thing> things = new ConcurrentHashMap<>();
    private final Map<ChannelUID, Boolean> links = new ConcurrentHashMap<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private volatile boolean linkedByDefault = true;

    public RecordingCallback() {
        this(Clock.systemUTC());
    }

    public RecordingCallback(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds things (bridges too) to the registry {@link #getBridge(ThingUID)} and {@link #getThing(ThingUID)} use.
     *
     * @param newThings the things
     * @return this callback
     */
    public RecordingCallback register(Thing... newThings) {
        for (Thing thing : newThings) {
            things.put(thing.getUID(), thing);
        }
        return this;
    }

    public void unregister(ThingUID thingUID) {
        things.remove(thingUID);
    }

    /**
     * @param thingUID the thing
     * @return the current thing object (the last one registered, updated or given a status)
     */
    public @Nullable Thing getThing(ThingUID thingUID) {
        return things.get(thingUID);
    }

    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    /**
     * @param linked whether channels without an explicit setting count as linked (default true)
     */
    public void setLinkedByDefault(boolean linked) {
        linkedByDefault = linked;
    }

    public void setLinked(ChannelUID channelUID, boolean linked) {
        links.put(channelUID, linked);
    }

    private void record(Event event) {
        synchronized (lock) {
            events.add(event);
            lock.notifyAll();
        }
        for (Consumer<Event> listener : listeners) {
            listener.accept(event);
        }
    }

    // ---- what was recorded

    public List<Event> events() {
        synchronized (lock) {
            return List.copyOf(events);
        }
    }

    public <E extends Event> List<E> events(Class<E> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<State> states(ChannelUID channelUID) {
        return events(Event.StateUpdated.class).stream().filter(e -> e.channelUID().equals(channelUID))
                .map(Event.StateUpdated::state).toList();
    }

    public @Nullable State lastState(ChannelUID channelUID) {
        List<State> states = states(channelUID);
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    public List<ThingStatusInfo> statuses(ThingUID thingUID) {
        return events(Event.StatusUpdated.class).stream().filter(e -> e.thingUID().equals(thingUID))
                .map(Event.StatusUpdated::info).toList();
    }

    public @Nullable ThingStatusInfo lastStatus(ThingUID thingUID) {
        List<ThingStatusInfo> statuses = statuses(thingUID);
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }

    public List<String> triggers(ChannelUID channelUID) {
        return events(Event.ChannelTriggered.class).stream().filter(e -> e.channelUID().equals(channelUID))
                .map(Event.ChannelTriggered::event).toList();
    }

    public void clear() {
        synchronized (lock) {
            events.clear();
        }
    }

    // ---- waiting

    /**
     * Waits until an event recorded so far or later matches.
     *
     * @param predicate what to wait for
     * @param timeout how long at most
     * @return the first matching event
     * @throws AssertionError when nothing matched in time (the recorded events are in the message)
     */
    public Event awaitEvent(Predicate<Event> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            int checked = 0;
            while (true) {
                for (; checked < events.size(); checked++) {
                    Event event = events.get(checked);
                    if (predicate.test(event)) {
                        return event;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No matching event within " + timeout + "; recorded: " + events);
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting", e);
                }
            }
        }
    }

    /**
     * Waits until the latest state of a channel matches (checking the current one first).
     *
     * @return the matching state
     */
    public State awaitState(ChannelUID channelUID, Predicate<State> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                State last = lastState(channelUID);
                if (last != null && predicate.test(last)) {
                    return last;
                }
                waitUntil(deadline, () -> "No matching state of " + channelUID + " within " + timeout
                        + "; states: " + states(channelUID));
            }
        }
    }

    public State awaitStateEquals(ChannelUID channelUID, State expected, Duration timeout) {
        return awaitState(channelUID, expected::equals, timeout);
    }

    /**
     * Waits until the current status of a thing is the given one.
     *
     * @return the status info
     */
    public ThingStatusInfo awaitStatus(ThingUID thingUID, ThingStatus status, Duration timeout) {
        return awaitStatus(thingUID, info -> info.getStatus() == status, timeout);
    }

    public ThingStatusInfo awaitStatus(ThingUID thingUID, Predicate<ThingStatusInfo> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                ThingStatusInfo last = lastStatus(thingUID);
                if (last != null && predicate.test(last)) {
                    return last;
                }
                waitUntil(deadline, () -> "No matching status of " + thingUID + " within " + timeout
                        + "; statuses: " + statuses(thingUID));
            }
        }
    }

    /**
     * Waits until a trigger channel emitted the event (at any time since the last {@link #clear()}).
     */
    public void awaitTrigger(ChannelUID channelUID, String event, Duration timeout) {
        awaitEvent(e -> e instanceof Event.ChannelTriggered t && t.channelUID().equals(channelUID)
                && t.event().equals(event), timeout);
    }

    private void waitUntil(long deadline, java.util.function.Supplier<String> failure) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new AssertionError(failure.get());
        }
        try {
            lock.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }

    // ---- ThingHandlerCallback

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        record(new Event.StateUpdated(clock.instant(), channelUID, state));
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
        record(new Event.CommandPosted(clock.instant(), channelUID, command));
    }

    @Override
    public void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        record(new Event.TimeSeriesSent(clock.instant(), channelUID, timeSeries));
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
        thing.setStatusInfo(thingStatus);
        things.put(thing.getUID(), thing);
        record(new Event.StatusUpdated(clock.instant(), thing.getUID(), thingStatus));
    }

    @Override
    public void thingUpdated(Thing thing) {
        Thing previous = things.get(thing.getUID());
        if (previous != null) {
            thing.setStatusInfo(previous.getStatusInfo());
        }
        things.put(thing.getUID(), thing);
        record(new Event.ThingUpdated(clock.instant(), thing));
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
        // the host has no configuration descriptions: everything is valid
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
        // the host has no configuration descriptions: everything is valid
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        return null;
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID) {
        return null;
    }

    @Override
    public void configurationUpdated(Thing thing) {
        things.put(thing.getUID(), thing);
        record(new Event.ConfigurationUpdated(clock.instant(), thing));
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
        record(new Event.ThingTypeMigrated(clock.instant(), thing.getUID(), thingTypeUID));
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        record(new Event.ChannelTriggered(clock.instant(), channelUID, event));
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        return ChannelBuilder.create(channelUID).withType(channelTypeUID);
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        Channel channel = Optional.ofNullable(thing.getChannel(channelUID.getId())).orElseThrow(
                () -> new IllegalArgumentException("Channel " + channelUID + " not found on " + thing.getUID()));
        return ChannelBuilder.create(channel);
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        return List.of();
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return links.getOrDefault(channelUID, linkedByDefault);
    }

    @Override
    public @Nullable Bridge getBridge(ThingUID bridgeUID) {
        return things.get(bridgeUID) instanceof Bridge bridge ? bridge : null;
    }
}
