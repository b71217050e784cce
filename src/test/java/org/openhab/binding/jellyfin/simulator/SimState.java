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
package org.openhab.binding.jellyfin.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The simulated server's state: accounts, library, user data and sessions with their players. All
 * mutations go through this object's lock and report to {@link SimEvents}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimState {
    final SimAccounts accounts = new SimAccounts();
    final SimLibrary library;
    final SimUserData userData = new SimUserData();
    final SimClock clock;
    final String serverId;
    private volatile SimRules rules;
    private final Map<String, SimSession> sessions = new LinkedHashMap<>();
    private final AtomicInteger sessionCounter = new AtomicInteger();
    private SimEvents events;

    SimState(SimRules rules, SimClock clock, SimEvents events) {
        this.rules = rules;
        this.clock = clock;
        this.events = events;
        this.library = new SimLibrary(rules.isEmby());
        this.serverId = SimJson.guid("server-" + rules.dialect().id());
    }

    public SimRules rules() {
        return rules;
    }

    void setRules(SimRules rules) {
        this.rules = rules;
    }

    void setEvents(SimEvents events) {
        this.events = events;
    }

    SessionJson sessionJson() {
        return new SessionJson(rules, library, serverId);
    }

    // ---- sessions

    synchronized SimSession addSession(@Nullable SimUser user, List<SimUser> additionalUsers, String client,
            String deviceName, String deviceId, String appVersion, boolean scripted, boolean controllable,
            List<String> commands) {
        String id = SimJson.guid("session-" + sessionCounter.incrementAndGet() + "-" + deviceId + client);
        SimSession session = new SimSession(id, user, client, deviceName, deviceId, appVersion, scripted,
                controllable, commands, clock.now());
        session.additionalUsers.addAll(additionalUsers);
        sessions.put(id, session);
        events.sessionsChanged(true);
        return session;
    }

    synchronized boolean removeSession(String id) {
        SimSession removed = sessions.remove(SimJson.normalizeId(id));
        if (removed != null) {
            events.sessionsChanged(true);
        }
        return removed != null;
    }

    synchronized Optional<SimSession> session(String id) {
        return Optional.ofNullable(sessions.get(SimJson.normalizeId(id)));
    }

    synchronized List<SimSession> sessions() {
        return new ArrayList<>(sessions.values());
    }

    /** The session of an HTTP/WebSocket client, keyed like the server by client name + DeviceId. */
    synchronized SimSession clientSession(SimToken token) {
        for (SimSession s : sessions.values()) {
            if (!s.scripted && s.deviceId.equals(token.deviceId()) && s.client.equals(token.client())) {
                s.lastActivity = clock.now();
                return s;
            }
        }
        SimUser user = accounts.userById(token.userId()).orElse(null);
        return addSession(user, List.of(), token.client(), token.deviceName(), token.deviceId(), token.appVersion(),
                false, false, List.of());
    }

    synchronized Optional<SimSession> existingClientSession(SimToken token) {
        return sessions.values().stream().filter(
                s -> !s.scripted && s.deviceId.equals(token.deviceId()) && s.client.equals(token.client()))
                .findFirst();
    }

    /**
     * Sessions a caller may see: API keys and admins all; on Jellyfin 10.8 everyone all; other users the sessions
     * they belong to (their own or joined as an additional user), and in {@code GET /Sessions} also the sessions
     * without a user (SessionManager.GetSessions; the 10.11 push leaves those out).
     *
     * @param push true for the {@code Sessions} push, false for {@code GET /Sessions}
     */
    synchronized List<SimSession> visibleTo(SimToken viewer, boolean push) {
        Optional<SimUser> user = accounts.userById(viewer.userId());
        if (viewer.isApiKey() || user.map(SimUser::admin).orElse(false) || rules.showsAllSessionsToEveryone()) {
            return new ArrayList<>(sessions.values());
        }
        return sessions.values().stream()
                .filter(s -> s.containsUser(viewer.userId()) || (!push && s.userId == null)).toList();
    }

    synchronized JsonArray toJson(List<SimSession> list) {
        SessionJson writer = sessionJson();
        JsonArray array = new JsonArray();
        list.forEach(s -> array.add(writer.write(s)));
        return array;
    }

    // ---- playback (script, remote control and client reports all end here)

    synchronized void play(SimSession s, List<String> itemIds, int index, long startTicks) {
        s.queue = new ArrayList<>(itemIds);
        s.queueIndex = Math.max(0, Math.min(index, itemIds.size() - 1));
        s.nowPlayingItemId = itemIds.get(s.queueIndex);
        s.positionTicks = startTicks;
        s.paused = false;
        s.playSessionId = SimJson.guid("play-" + s.id + clock.now() + itemIds);
        touch(s);
        events.sessionsChanged(true);
    }

    synchronized void enqueue(SimSession s, List<String> itemIds, boolean next) {
        if (!s.isPlaying()) {
            play(s, itemIds, 0, 0);
            return;
        }
        s.queue.addAll(next ? s.queueIndex + 1 : s.queue.size(), itemIds);
        touch(s);
        events.sessionsChanged(true);
    }

    synchronized void setPaused(SimSession s, boolean paused) {
        if (!s.isPlaying() || s.paused == paused) {
            return;
        }
        s.paused = paused;
        if (paused) {
            s.lastPaused = clock.now();
        }
        touch(s);
        events.sessionsChanged(true);
    }

    synchronized void seek(SimSession s, long ticks) {
        if (!s.isPlaying()) {
            return;
        }
        String itemId = s.nowPlayingItemId;
        long runTime = itemId == null ? Long.MAX_VALUE
                : library.find(itemId).map(SimItem::runTimeTicks).orElse(Long.MAX_VALUE);
        s.positionTicks = Math.max(0, Math.min(ticks, runTime));
        touch(s);
        events.sessionsChanged(true);
    }

    synchronized void stop(SimSession s) {
        String itemId = s.nowPlayingItemId;
        String userId = s.userId;
        if (itemId == null) {
            return;
        }
        long position = s.positionTicks;
        s.clearPlayback();
        touch(s);
        events.sessionsChanged(true);
        Optional<SimItem> item = library.find(itemId);
        if (userId != null && item.isPresent()) {
            userData.playbackStopped(userId, item.get(), position, clock.now());
            events.userDataChanged(userId, userData.toJson(userId, item.get()));
        }
    }

    synchronized void skip(SimSession s, int delta) {
        if (!s.isPlaying()) {
            return;
        }
        int target = s.queueIndex + delta;
        if (target < 0 || target >= s.queue.size()) {
            if (delta < 0) {
                seek(s, 0);
            }
            return;
        }
        play(s, s.queue, target, 0);
    }

    synchronized void update(SimSession s, java.util.function.Consumer<SimSession> change) {
        change.accept(s);
        touch(s);
        events.sessionsChanged(true);
    }

    /** Progress reported by a playing client: periodic, so throttled per subscription. */
    synchronized void progress(SimSession s, long ticks) {
        s.positionTicks = ticks;
        touch(s);
        events.sessionsChanged(false);
    }

    /** Moves the clock; every unpaused scripted player advances and reports progress once per step. */
    synchronized void advance(Duration total, Duration step) {
        Duration left = total;
        while (!left.isZero() && !left.isNegative()) {
            Duration d = left.compareTo(step) < 0 ? left : step;
            clock.advance(d);
            left = left.minus(d);
            boolean moved = false;
            for (SimSession s : sessions.values()) {
                if (s.scripted && s.isPlaying() && !s.paused) {
                    s.positionTicks += d.toNanos() / 100;
                    s.lastActivity = clock.now();
                    moved = true;
                }
            }
            if (moved) {
                events.sessionsChanged(false);
            }
        }
    }

    /** Every authenticated request of a client counts as activity of its session (no push). */
    synchronized void activity(SimToken token) {
        existingClientSession(token).ifPresent(this::touch);
    }

    /** A message shown on a client changes no session field the server reports: no push. */
    synchronized void showMessage(SimSession s, String text) {
        s.lastMessage = text;
    }

    private void touch(SimSession s) {
        s.lastActivity = clock.now();
    }

    // ---- user data

    synchronized JsonObject markPlayed(String userId, SimItem item, @Nullable Instant when) {
        userData.markPlayed(userId, item.id(), when, clock.now());
        JsonObject json = userData.toJson(userId, item);
        events.userDataChanged(userId, json);
        return json;
    }

    synchronized JsonObject markUnplayed(String userId, SimItem item) {
        userData.markUnplayed(userId, item.id());
        JsonObject json = userData.toJson(userId, item);
        events.userDataChanged(userId, json);
        return json;
    }

    Instant now() {
        return clock.now();
    }
}
