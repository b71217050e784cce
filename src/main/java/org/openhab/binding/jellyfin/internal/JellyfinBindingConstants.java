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
package org.openhab.binding.jellyfin.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Ids of the binding's thing types, channels, properties and configuration parameters.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class JellyfinBindingConstants {

    public static final String BINDING_ID = "jellyfin";

    // thing types
    public static final ThingTypeUID THING_TYPE_SERVER = new ThingTypeUID(BINDING_ID, "server");
    public static final ThingTypeUID THING_TYPE_CLIENT = new ThingTypeUID(BINDING_ID, "client");
    public static final ThingTypeUID THING_TYPE_REPORTER = new ThingTypeUID(BINDING_ID, "reporter");

    // server properties (camelCase, as openHAB names properties)
    public static final String PROPERTY_PRODUCT = "product";
    public static final String PROPERTY_VERSION = "version";
    public static final String PROPERTY_SERVER_ID = "serverId";
    public static final String PROPERTY_SERVER_NAME = "serverName";

    // server channels
    public static final String CHANNEL_ACTIVE_SESSIONS = "active-sessions";
    public static final String CHANNEL_PENDING_WRITES = "pending-writes";

    // reporter channels
    public static final String CHANNEL_REPORTER_ITEM_ID = "item-id";
    public static final String CHANNEL_REPORTER_POSITION = "position";
    public static final String CHANNEL_REPORTER_PAUSED = "paused";
    public static final String CHANNEL_REPORTER_MUTED = "muted";
    public static final String CHANNEL_REPORTER_VOLUME = "volume";
    public static final String CHANNEL_REPORTER_STOP = "stop";
    public static final String CHANNEL_REPORTER_WATCHED = "watched";

    private JellyfinBindingConstants() {
    }

    /** The thing types the handler factory creates handlers for. */
    public static Set<ThingTypeUID> supportedThingTypes() {
        return Set.of(THING_TYPE_SERVER, THING_TYPE_REPORTER);
    }
}
