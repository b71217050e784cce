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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.host.Event;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * Passes what the handlers report to the output as openHAB's event bus would publish it: every state update and
 * trigger, and a status only when it differs from the thing's previous one (handlers may repeat a status). Whoever
 * waits for a report (the demo, an {@code await} line) waits here, so the report is already shown when the wait
 * ends.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class EventRelay implements Consumer<Event> {

    private final ProbeOutput output;
    private final Map<ThingUID, ThingStatusInfo> statuses = new HashMap<>();
    /** The reports passed on so far, in order. */
    private final List<Event> shown = new ArrayList<>();

    EventRelay(ProbeOutput output) {
        this.output = output;
    }

    @Override
    public void accept(Event event) {
        if (event instanceof Event.StatusUpdated update) {
            ThingStatusInfo info = update.info();
            synchronized (statuses) {
                ThingStatusInfo previous = statuses.put(update.thingUID(), info);
                if (previous != null && previous.getStatus() == info.getStatus()
                        && previous.getStatusDetail() == info.getStatusDetail()
                        && Objects.equals(previous.getDescription(), info.getDescription())) {
                    return;
                }
                output.status(update.thingUID(), info);
            }
        } else if (event instanceof Event.StateUpdated update) {
            output.state(update.channelUID(), update.state());
        } else if (event instanceof Event.ChannelTriggered triggered) {
            output.trigger(triggered.channelUID(), triggered.event());
        } else {
            return;
        }
        synchronized (shown) {
            shown.add(event);
            shown.notifyAll();
        }
    }

    /** @return the position of the next report, to wait for reports from there on */
    int mark() {
        synchronized (shown) {
            return shown.size();
        }
    }

    /**
     * Waits for a shown report that matches, from a position on.
     *
     * @return the report, or null when none came in time
     */
    @Nullable
    Event await(int from, Predicate<Event> matches, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (shown) {
            int next = from;
            while (true) {
                for (; next < shown.size(); next++) {
                    if (matches.test(shown.get(next))) {
                        return shown.get(next);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                shown.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /**
     * Waits until the latest shown report of a kind (a thing's status, a channel's state) matches.
     *
     * @param kind selects the reports to look at
     * @param matches what the latest of them must be
     * @return whether it matched in time
     */
    boolean awaitLatest(Predicate<Event> kind, Predicate<Event> matches, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (shown) {
            while (true) {
                Event latest = null;
                for (Event event : shown) {
                    if (kind.test(event)) {
                        latest = event;
                    }
                }
                if (latest != null && matches.test(latest)) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                shown.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Waits until the condition holds, looking again with every report and every few milliseconds. */
    boolean awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (shown) {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                shown.wait(20);
            }
            return true;
        }
    }
}
