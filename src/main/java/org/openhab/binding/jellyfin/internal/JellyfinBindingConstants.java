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

    /** The thing types the handler factory creates handlers for. */
    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_SERVER, THING_TYPE_CLIENT,
            THING_TYPE_REPORTER);

    // server properties (camelCase, as openHAB names properties)
    public static final String PROPERTY_PRODUCT = "product";
    public static final String PROPERTY_VERSION = "version";
    public static final String PROPERTY_SERVER_ID = "serverId";
    public static final String PROPERTY_SERVER_NAME = "serverName";

    // server channels
    public static final String CHANNEL_ACTIVE_SESSIONS = "active-sessions";
    public static final String CHANNEL_PENDING_WRITES = "pending-writes";
    public static final String CHANNEL_LIBRARY_EVENT = "library-event";
    public static final String CHANNEL_LAST_ADDED_ITEM = "last-added-item";
    public static final String CHANNEL_LAST_ADDED_COUNT = "last-added-count";

    // reporter channels
    public static final String CHANNEL_REPORTER_ITEM_ID = "item-id";
    public static final String CHANNEL_REPORTER_POSITION = "position";
    public static final String CHANNEL_REPORTER_PAUSED = "paused";
    public static final String CHANNEL_REPORTER_MUTED = "muted";
    public static final String CHANNEL_REPORTER_VOLUME = "volume";
    public static final String CHANNEL_REPORTER_STOP = "stop";
    public static final String CHANNEL_REPORTER_WATCHED = "watched";

    // client channels
    public static final String CHANNEL_MEDIA_CONTROL = "media-control";
    public static final String CHANNEL_MEDIA_STOP = "media-stop";
    public static final String CHANNEL_VOLUME = "volume";
    public static final String CHANNEL_MUTE = "mute";
    public static final String CHANNEL_PLAY_STATE = "play-state";
    public static final String CHANNEL_PLAYING_ITEM_PERCENTAGE = "playing-item-percentage";
    public static final String CHANNEL_PLAYING_ITEM_SECOND = "playing-item-second";
    public static final String CHANNEL_PLAYING_ITEM_TOTAL_SECONDS = "playing-item-total-seconds";
    public static final String CHANNEL_PLAYING_ITEM_ID = "playing-item-id";
    public static final String CHANNEL_PLAYING_ITEM_NAME = "playing-item-name";
    public static final String CHANNEL_PLAYING_ITEM_SERIES_NAME = "playing-item-series-name";
    public static final String CHANNEL_PLAYING_ITEM_SEASON_NAME = "playing-item-season-name";
    public static final String CHANNEL_PLAYING_ITEM_SEASON = "playing-item-season";
    public static final String CHANNEL_PLAYING_ITEM_EPISODE = "playing-item-episode";
    public static final String CHANNEL_PLAYING_ITEM_GENRES = "playing-item-genres";
    public static final String CHANNEL_PLAYING_ITEM_TYPE = "playing-item-type";
    public static final String CHANNEL_PLAYING_ITEM_YEAR = "playing-item-year";
    public static final String CHANNEL_PLAYING_ITEM_ARTIST = "playing-item-artist";
    public static final String CHANNEL_PLAYING_ITEM_ALBUM = "playing-item-album";
    public static final String CHANNEL_PLAYING_ITEM_IMAGE_URL = "playing-item-image-url";
    public static final String CHANNEL_PLAYING_ITEM_IMAGE = "playing-item-image";
    public static final String CHANNEL_PLAYING_ITEM_WATCHED = "playing-item-watched";
    public static final String CHANNEL_MEDIA_SHUFFLE = "media-shuffle";
    public static final String CHANNEL_MEDIA_REPEAT = "media-repeat";
    public static final String CHANNEL_MEDIA_AUDIO_TRACK = "media-audio-track";
    public static final String CHANNEL_MEDIA_SUBTITLE = "media-subtitle";
    public static final String CHANNEL_SEND_NOTIFICATION = "send-notification";
    public static final String CHANNEL_PLAY_BY_ID = "play-by-id";
    public static final String CHANNEL_PLAY_NEXT_BY_ID = "play-next-by-id";
    public static final String CHANNEL_PLAY_LAST_BY_ID = "play-last-by-id";
    public static final String CHANNEL_PLAY_BY_TERMS = "play-by-terms";
    public static final String CHANNEL_PLAY_NEXT_BY_TERMS = "play-next-by-terms";
    public static final String CHANNEL_PLAY_LAST_BY_TERMS = "play-last-by-terms";
    public static final String CHANNEL_BROWSE_BY_ID = "browse-by-id";
    public static final String CHANNEL_BROWSE_BY_TERMS = "browse-by-terms";
    public static final String CHANNEL_USER = "user";
    public static final String CHANNEL_LAST_ACTIVITY = "last-activity";
    public static final String CHANNEL_PLAYBACK_EVENT = "playback-event";

    // client properties and configuration
    public static final String PROPERTY_DEVICE_NAME = "deviceName";
    public static final String PROPERTY_CLIENT = "client";
    public static final String PROPERTY_APPLICATION_VERSION = "applicationVersion";
    public static final String CONFIG_DEVICE_ID = "deviceId";

    private JellyfinBindingConstants() {
    }
}
