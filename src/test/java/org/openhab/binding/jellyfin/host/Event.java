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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * What a handler reported through the {@link RecordingCallback}, in the order it happened.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface Event {

    /**
     * @return when the callback received it
     */
    Instant at();

    /**
     * A status update of a thing.
     */
    record StatusUpdated(Instant at, ThingUID thingUID, ThingStatusInfo info) implements Event {
    }

    /**
     * A state update of a channel.
     */
    record StateUpdated(Instant at, ChannelUID channelUID, State state) implements Event {
    }

    /**
     * A command the handler posted on a channel.
     */
    record CommandPosted(Instant at, ChannelUID channelUID, Command command) implements Event {
    }

    /**
     * A time series sent to a channel.
     */
    record TimeSeriesSent(Instant at, ChannelUID channelUID, TimeSeries timeSeries) implements Event {
    }

    /**
     * An event emitted on a trigger channel.
     */
    record ChannelTriggered(Instant at, ChannelUID channelUID, String event) implements Event {
    }

    /**
     * The whole thing was replaced (channels, properties, configuration).
     */
    record ThingUpdated(Instant at, Thing thing) implements Event {
    }

    /**
     * The configuration of a thing changed while its handler was not initialized.
     */
    record ConfigurationUpdated(Instant at, Thing thing) implements Event {
    }

    /**
     * The handler asked to change the type of its thing.
     */
    record ThingTypeMigrated(Instant at, ThingUID thingUID, ThingTypeUID thingTypeUID) implements Event {
    }
}
