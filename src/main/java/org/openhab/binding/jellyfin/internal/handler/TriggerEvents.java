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
package org.openhab.binding.jellyfin.internal.handler;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.live.SessionEvent;

/**
 * The events of the {@code playback-event} trigger channel, one per session event.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TriggerEvents {

    private static final Map<SessionEvent, String> EVENTS = new EnumMap<>(SessionEvent.class);

    static {
        EVENTS.put(SessionEvent.SESSION_APPEARED, "SESSION_APPEARED");
        EVENTS.put(SessionEvent.PLAYBACK_STARTED, "STARTED");
        EVENTS.put(SessionEvent.ITEM_CHANGED, "ITEM_CHANGED");
        EVENTS.put(SessionEvent.PAUSED, "PAUSED");
        EVENTS.put(SessionEvent.RESUMED, "RESUMED");
        EVENTS.put(SessionEvent.SEEKED, "SEEKED");
        EVENTS.put(SessionEvent.WATCHED, "WATCHED");
        EVENTS.put(SessionEvent.PLAYBACK_STOPPED, "STOPPED");
        EVENTS.put(SessionEvent.SESSION_DISAPPEARED, "SESSION_DISAPPEARED");
    }

    private TriggerEvents() {
    }

    public static String of(SessionEvent event) {
        String name = EVENTS.get(event);
        return name != null ? name : event.name();
    }
}
