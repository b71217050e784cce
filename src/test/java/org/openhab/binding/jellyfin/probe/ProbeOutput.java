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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * Where the probe shows what the handlers report. Implementations are thread-safe: handlers report from their own
 * threads.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
interface ProbeOutput extends AutoCloseable {

    /** A thing's status changed. */
    void status(ThingUID thingUID, ThingStatusInfo info);

    /** A handler updated a channel's state. */
    void state(ChannelUID channelUID, State state);

    /** A handler fired a trigger channel. */
    void trigger(ChannelUID channelUID, String event);

    /** A line of narration for people (the demo's steps, action results); machine output leaves it out. */
    void note(String text);

    /** Shows the current picture now if it changed (a step of the demo is complete). */
    default void refresh() {
    }

    /** Shows the final picture and stops; later reports are dropped. */
    @Override
    void close();
}
