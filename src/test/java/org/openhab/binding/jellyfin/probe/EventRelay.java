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

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.host.Event;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * Passes what the handlers report to the output as openHAB's event bus would publish it: every state update and
 * trigger, and a status only when it differs from the thing's previous one (handlers may repeat a status).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class EventRelay implements Consumer<Event> {

    private final ProbeOutput output;
    private final Map<ThingUID, ThingStatusInfo> statuses = new HashMap<>();

    EventRelay(ProbeOutput output) {
        this.output = output;
    }

    @Override
    public void accept(Event event) {
        if (event instanceof Event.StatusUpdated update) {
            ThingStatusInfo info = update.info();
            synchronized (statuses) {
                ThingStatusInfo previous = statuses.put(update.thingUID(), info);
                if (previous == null || previous.getStatus() != info.getStatus()
                        || previous.getStatusDetail() != info.getStatusDetail()
                        || !Objects.equals(previous.getDescription(), info.getDescription())) {
                    output.status(update.thingUID(), info);
                }
            }
        } else if (event instanceof Event.StateUpdated update) {
            output.state(update.channelUID(), update.state());
        } else if (event instanceof Event.ChannelTriggered triggered) {
            output.trigger(triggered.channelUID(), triggered.event());
        }
    }
}
