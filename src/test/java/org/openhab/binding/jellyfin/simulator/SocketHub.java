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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * All open sockets and the push rules: {@code Sessions} at once on session and playback changes,
 * at most once per subscription interval (simulator clock) for periodic progress; nothing on
 * subscribe; {@code UserDataChanged} batched (real time) and sent only to sockets of that user.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SocketHub implements SimEvents {
    private final Set<SimSocket> sockets = new CopyOnWriteArraySet<>();
    private final Map<String, List<JsonObject>> pendingUserData = new LinkedHashMap<>();
    private final ScheduledExecutorService scheduler;
    private volatile @Nullable SimState state;
    private volatile Duration userDataBatch = Duration.ofMillis(500);
    private volatile int keepAliveSeconds = 60;
    private final List<String> refusedSubscriptions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<PushListener> pushListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    SocketHub(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    void attach(SimState state) {
        this.state = state;
    }

    private SimState state() {
        SimState s = state;
        if (s == null) {
            throw new IllegalStateException("hub not attached");
        }
        return s;
    }

    boolean isEmby() {
        return state().rules().isEmby();
    }

    /** The ForceKeepAlive Data; a socket silent for that long is closed (Jetty idle timeout). */
    int keepAliveSeconds() {
        return keepAliveSeconds;
    }

    void setKeepAliveSeconds(int seconds) {
        this.keepAliveSeconds = seconds;
    }

    void setUserDataBatch(Duration batch) {
        this.userDataBatch = batch;
    }

    void connected(SimSocket socket) {
        sockets.add(socket);
        String sessionId = socket.sessionId;
        if (sessionId != null) {
            state().session(sessionId).ifPresent(s -> state().update(s, x -> x.socketConnected = true));
        }
    }

    void disconnected(SimSocket socket) {
        if (!sockets.remove(socket)) {
            return;
        }
        String sessionId = socket.sessionId;
        if (sessionId != null && sockets.stream().noneMatch(o -> sessionId.equals(o.sessionId))) {
            state().session(sessionId).ifPresent(s -> state().update(s, x -> x.socketConnected = false));
        }
    }

    void subscribe(SimSocket socket, @Nullable String data) {
        SimRules rules = state().rules();
        boolean admin = state().accounts.userById(socket.token.userId()).map(SimUser::admin).orElse(false);
        if (!rules.maySubscribeToSessions(socket.token.isApiKey(), admin)) {
            refusedSubscriptions.add(socket.token.isApiKey() ? "api key" : String.valueOf(socket.token.userId()));
            return;
        }
        if (data != null) {
            String[] parts = data.split(",");
            try {
                socket.intervalMs = Long.parseLong(parts[parts.length - 1].trim());
            } catch (NumberFormatException e) {
                socket.intervalMs = 1000;
            }
        }
        socket.lastSent = null;
        socket.subscribed = true;
    }

    /** Messages the simulator does not act on (e.g. Identity on old Emby clients). */
    void received(SimSocket socket, String messageType) {
        // accepted and ignored, as the servers do with unknown message types
    }

    void addPushListener(PushListener listener) {
        pushListeners.add(listener);
    }

    void removePushListener(PushListener listener) {
        pushListeners.remove(listener);
    }

    /** A socket is about to write a message: the listeners get its type and the time. */
    void sending(String messageType) {
        if (!pushListeners.isEmpty()) {
            long now = System.nanoTime();
            pushListeners.forEach(l -> l.sending(messageType, now));
        }
    }

    List<String> refusedSubscriptions() {
        return List.copyOf(refusedSubscriptions);
    }

    List<SimSocket> sockets() {
        return new ArrayList<>(sockets);
    }

    @Override
    public void sessionsChanged(boolean immediate) {
        Instant now = state().now();
        for (SimSocket socket : sockets) {
            if (!socket.subscribed) {
                continue;
            }
            Instant last = socket.lastSent;
            if (!immediate && last != null && Duration.between(last, now).toMillis() < socket.intervalMs) {
                continue;
            }
            socket.lastSent = now;
            socket.send("Sessions", sessionsFor(socket));
        }
    }

    /** What GET /Sessions returns for the socket's caller: everything for admins and API keys, else their own. */
    private JsonArray sessionsFor(SimSocket socket) {
        SimState s = state();
        return s.toJson(s.visibleTo(socket.token, true));
    }

    @Override
    public void userDataChanged(String userId, JsonObject userItemData) {
        synchronized (pendingUserData) {
            List<JsonObject> pending = pendingUserData.get(userId);
            if (pending == null) {
                pending = new ArrayList<>();
                pendingUserData.put(userId, pending);
                scheduler.schedule(() -> flushUserData(userId), userDataBatch.toMillis(), TimeUnit.MILLISECONDS);
            }
            pending.removeIf(p -> p.get("ItemId").equals(userItemData.get("ItemId")));
            pending.add(userItemData);
        }
    }

    private void flushUserData(String userId) {
        List<JsonObject> batch;
        synchronized (pendingUserData) {
            batch = pendingUserData.remove(userId);
        }
        if (batch == null) {
            return;
        }
        JsonObject data = new JsonObject();
        data.addProperty("UserId", userId);
        JsonArray list = new JsonArray();
        batch.forEach(list::add);
        data.add("UserDataList", list);
        for (SimSocket socket : sockets) {
            if (!socket.token.isApiKey() && userId.equals(socket.token.userId())) {
                socket.send("UserDataChanged", data);
            }
        }
    }

    @Override
    public void toSession(String sessionId, String messageType, JsonElement data) {
        for (SimSocket socket : sockets) {
            if (sessionId.equals(socket.sessionId)) {
                socket.send(messageType, data);
            }
        }
    }

    /**
     * A {@code LibraryChanged} message to every socket of a user, as LibraryChangedNotifier sends it: to the sessions
     * of each user (never to an API key's socket, which has no user), once the library update timer fires.
     */
    void libraryChanged(JsonObject updateInfo) {
        for (SimSocket socket : sockets) {
            if (!socket.token.isApiKey() && socket.token.userId() != null) {
                socket.send("LibraryChanged", updateInfo);
            }
        }
    }

    void broadcast(String messageType, @Nullable JsonElement data) {
        sockets.forEach(s -> s.send(messageType, data));
    }

    void broadcastRaw(String text) {
        sockets.forEach(s -> s.sendRaw(text));
    }

    void dropAll() {
        for (SimSocket socket : sockets) {
            socket.drop();
            disconnected(socket);
        }
    }

    void closeAll(int code, String reason) {
        for (SimSocket socket : sockets) {
            socket.close(code, reason);
            disconnected(socket);
        }
    }
}
