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
package org.openhab.core.types;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in: a series of states at points in time.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class TimeSeries {

    /**
     * How a time series is applied to persisted data.
     */
    public enum Policy {
        ADD,
        REPLACE
    }

    /**
     * One state at one instant.
     *
     * @param timestamp the instant
     * @param state the state
     */
    public record Entry(Instant timestamp, State state) {
    }

    private final Policy policy;
    private final List<Entry> entries = new ArrayList<>();

    public TimeSeries(Policy policy) {
        this.policy = policy;
    }

    public Policy getPolicy() {
        return policy;
    }

    public synchronized void add(Instant timestamp, State state) {
        entries.add(new Entry(timestamp, state));
        entries.sort(Comparator.comparing(Entry::timestamp));
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized Instant getBegin() {
        return entries.isEmpty() ? Instant.MAX : entries.get(0).timestamp();
    }

    public synchronized Instant getEnd() {
        return entries.isEmpty() ? Instant.MIN : entries.get(entries.size() - 1).timestamp();
    }

    public synchronized Stream<Entry> getStates() {
        return List.copyOf(entries).stream();
    }
}
