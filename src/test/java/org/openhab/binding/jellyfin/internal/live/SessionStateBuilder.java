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
package org.openhab.binding.jellyfin.internal.live;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Builds {@link SessionState}s for tests: an idle Jellyfin Web session by default, changed field by field.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SessionStateBuilder {

    static final Instant T0 = Instant.parse("2024-10-15T13:00:00Z");

    private String id;
    private String userId = "1ae8a43ed293456da28274f1a89cd2a5";
    private String userName = "alice";
    private String client = "Jellyfin Web";
    private String deviceName = "Firefox";
    private String deviceId = "device-1";
    private @Nullable Instant lastActivity = T0;
    private @Nullable Instant lastCheckIn = T0;
    private boolean active = true;
    private Set<String> commands = Set.of("SetVolume", "Mute");
    private @Nullable NowPlayingItem item;
    private @Nullable Long position;
    private boolean paused;
    private boolean muted;
    private @Nullable Integer volume = 50;
    private @Nullable Integer audio;
    private @Nullable Integer subtitle;
    private String repeat = PlayState.REPEAT_NONE;
    private String order = "Default";

    private SessionStateBuilder(String id) {
        this.id = id;
    }

    static SessionStateBuilder session(String id) {
        return new SessionStateBuilder(id);
    }

    static NowPlayingItem item(String id, @Nullable Boolean played) {
        return new NowPlayingItem(id, "Title " + id, "Movie", null, null, null, null, 72_000_000_000L, 2024, null,
                null, List.of(), List.of("Drama"), new PrimaryImage(id, "tag" + id), played);
    }

    SessionStateBuilder playing(String itemId, long positionTicks) {
        this.item = item(itemId, null);
        this.position = positionTicks;
        this.paused = false;
        return this;
    }

    SessionStateBuilder item(NowPlayingItem item) {
        this.item = item;
        return this;
    }

    SessionStateBuilder paused(boolean paused) {
        this.paused = paused;
        return this;
    }

    SessionStateBuilder position(long positionTicks) {
        this.position = positionTicks;
        return this;
    }

    SessionStateBuilder stopped() {
        this.item = null;
        this.position = null;
        this.paused = false;
        return this;
    }

    SessionStateBuilder checkIn(Instant when) {
        this.lastCheckIn = when;
        this.lastActivity = when;
        return this;
    }

    SessionStateBuilder lastActivity(@Nullable Instant when) {
        this.lastActivity = when;
        return this;
    }

    SessionStateBuilder noCheckIn() {
        this.lastCheckIn = null;
        return this;
    }

    SessionStateBuilder volume(int volume) {
        this.volume = volume;
        return this;
    }

    SessionStateBuilder muted(boolean muted) {
        this.muted = muted;
        return this;
    }

    SessionStateBuilder repeat(String repeat) {
        this.repeat = repeat;
        return this;
    }

    SessionStateBuilder order(String order) {
        this.order = order;
        return this;
    }

    SessionStateBuilder audio(int index) {
        this.audio = index;
        return this;
    }

    SessionStateBuilder subtitle(int index) {
        this.subtitle = index;
        return this;
    }

    SessionStateBuilder active(boolean active) {
        this.active = active;
        return this;
    }

    SessionStateBuilder device(String deviceId, String deviceName, String client) {
        this.deviceId = deviceId;
        this.deviceName = deviceName;
        this.client = client;
        return this;
    }

    SessionStateBuilder user(String userId, String userName) {
        this.userId = userId;
        this.userName = userName;
        return this;
    }

    SessionStateBuilder commands(Set<String> commands) {
        this.commands = commands;
        return this;
    }

    SessionState build() {
        PlayState playState = new PlayState(position, item != null, paused, muted, volume, audio, subtitle,
                item == null ? null : "source", item == null ? null : "DirectPlay", repeat, order, null);
        return new SessionState(id, userId, userName, client, deviceName, deviceId, null, "10.10.7", lastActivity,
                lastCheckIn, active, true, commands, Set.of("Audio", "Video"), item, playState, null);
    }
}
