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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.openhab.core.config.discovery.inbox.events.InboxAddedEvent;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.items.events.ItemStateChangedEvent;
import org.openhab.core.items.events.ItemStateEvent;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.events.ChannelTriggeredEvent;
import org.openhab.core.thing.events.ThingStatusInfoChangedEvent;
import org.openhab.core.types.State;
import org.osgi.framework.ServiceRegistration;

/**
 * Everything openHAB's event bus delivers to a subscriber of the kinds the tests look at, each with the
 * {@link System#nanoTime()} of its arrival, in order. A test notes {@link #mark()} before it acts and then awaits
 * the first matching event after that mark.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
final class EventLog implements EventSubscriber, AutoCloseable {

    /** An event and when this subscriber received it. */
    record Received<E extends Event>(E event, long nanoTime) {
    }

    private final List<Received<Event>> received = new ArrayList<>();
    private final ServiceRegistration<EventSubscriber> registration;

    private EventLog() {
        registration = Framework.context().registerService(EventSubscriber.class, this, null);
    }

    /**
     * Subscribes to the event bus and returns once the subscription is live: a probe event posted after
     * registering has come back.
     */
    static EventLog open() {
        EventLog log = new EventLog();
        String probe = "EventLogProbe_" + UUID.randomUUID().toString().replace("-", "");
        int mark = log.mark();
        Framework.service(EventPublisher.class).post(ItemEventFactory.createStateEvent(probe, new StringType("up")));
        log.await(ItemStateEvent.class, e -> probe.equals(e.getItemName()), mark);
        return log;
    }

    @Override
    public Set<String> getSubscribedEventTypes() {
        return Set.of(ItemStateEvent.TYPE, ItemStateChangedEvent.TYPE, ChannelTriggeredEvent.TYPE,
                ThingStatusInfoChangedEvent.TYPE, InboxAddedEvent.TYPE);
    }

    @Override
    public void receive(Event event) {
        long now = System.nanoTime();
        synchronized (this) {
            received.add(new Received<>(event, now));
            notifyAll();
        }
    }

    /** @return the position of the next event to arrive */
    synchronized int mark() {
        return received.size();
    }

    /** Waits for the first event of this type that matches, among those from position {@code from} on. */
    @SuppressWarnings("unchecked")
    synchronized <E extends Event> Received<E> await(Class<E> type, Predicate<E> matching, int from) {
        long end = System.nanoTime() + Framework.WAIT.toNanos();
        int next = from;
        while (true) {
            for (; next < received.size(); next++) {
                Received<Event> candidate = received.get(next);
                if (type.isInstance(candidate.event()) && matching.test(type.cast(candidate.event()))) {
                    return (Received<E>) (Received<?>) candidate;
                }
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + type.getSimpleName() + " as expected within " + Framework.WAIT
                        + "; received since the mark: " + received.subList(from, received.size()));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for a " + type.getSimpleName(), e);
            }
        }
    }

    Received<ItemStateChangedEvent> awaitItemState(String itemName, State state, int from) {
        return await(ItemStateChangedEvent.class,
                e -> itemName.equals(e.getItemName()) && state.equals(e.getItemState()), from);
    }

    Received<ChannelTriggeredEvent> awaitTrigger(ChannelUID channel, String event, int from) {
        return await(ChannelTriggeredEvent.class, e -> channel.equals(e.getChannel()) && event.equals(e.getEvent()),
                from);
    }

    Received<ThingStatusInfoChangedEvent> awaitStatus(ThingUID thing, ThingStatus status, int from) {
        return await(ThingStatusInfoChangedEvent.class,
                e -> thing.equals(e.getThingUID()) && e.getStatusInfo().getStatus() == status, from);
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
