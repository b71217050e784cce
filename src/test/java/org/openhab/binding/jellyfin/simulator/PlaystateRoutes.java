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


import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Mark played/unplayed, the by-item PlayingItems routes and the session playback reports, per
 * dialect (see the playstate table in shared/PROTOCOL.md).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class PlaystateRoutes {
    static final String OBSOLETE_HIDDEN = "served from 10.9 on but marked obsolete and hidden from the spec";
    private static final DateTimeFormatter EMBY_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final SimState state;
    private final PlaybackReports reports;

    PlaystateRoutes(SimState state, PlaybackReports reports) {
        this.state = state;
        this.reports = reports;
    }

    void register(RouteTable t, Dialect d) {
        if (d.userIdInPlaystatePaths()) {
            t.add("POST", "/Users/{userId}/PlayedItems/{itemId}", RouteTable.Access.AUTHENTICATED, ex -> played(ex, true));
            t.add("DELETE", "/Users/{userId}/PlayedItems/{itemId}", RouteTable.Access.AUTHENTICATED, ex -> played(ex, false));
            t.add("POST", "/Users/{userId}/PlayingItems/{itemId}/Progress", RouteTable.Access.AUTHENTICATED, reports::itemProgress);
            t.add("POST", "/Users/{userId}/PlayingItems/{itemId}", RouteTable.Access.AUTHENTICATED, reports::itemStart);
            t.add("DELETE", "/Users/{userId}/PlayingItems/{itemId}", RouteTable.Access.AUTHENTICATED, reports::itemStopped);
        } else {
            t.add("GET", "/UserItems/{itemId}/UserData", RouteTable.Access.AUTHENTICATED, this::userData);
            t.add("POST", "/UserPlayedItems/{itemId}", RouteTable.Access.AUTHENTICATED, ex -> played(ex, true));
            t.add("DELETE", "/UserPlayedItems/{itemId}", RouteTable.Access.AUTHENTICATED, ex -> played(ex, false));
            t.addHidden("POST", "/Users/{userId}/PlayedItems/{itemId}", RouteTable.Access.AUTHENTICATED, ex -> played(ex, true),
                    OBSOLETE_HIDDEN);
            t.addHidden("DELETE", "/Users/{userId}/PlayedItems/{itemId}", RouteTable.Access.AUTHENTICATED, ex -> played(ex, false),
                    OBSOLETE_HIDDEN);
            if (d.hasPlayingItemsRoutes()) {
                t.add("POST", "/PlayingItems/{itemId}/Progress", RouteTable.Access.AUTHENTICATED, reports::itemProgress);
                t.add("POST", "/PlayingItems/{itemId}", RouteTable.Access.AUTHENTICATED, reports::itemStart);
                t.add("DELETE", "/PlayingItems/{itemId}", RouteTable.Access.AUTHENTICATED, reports::itemStopped);
            }
        }
        if (d.isEmby()) {
            t.add("POST", "/Users/{userId}/PlayedItems/{itemId}/Delete", RouteTable.Access.AUTHENTICATED, ex -> played(ex, false));
            t.add("POST", "/Users/{userId}/PlayingItems/{itemId}/Delete", RouteTable.Access.AUTHENTICATED, reports::itemStopped);
        }
        t.add("POST", "/Sessions/Playing", RouteTable.Access.AUTHENTICATED, reports::sessionStart);
        t.add("POST", "/Sessions/Playing/Progress", RouteTable.Access.AUTHENTICATED, reports::sessionProgress);
        t.add("POST", "/Sessions/Playing/Stopped", RouteTable.Access.AUTHENTICATED, reports::sessionStopped);
        t.add("POST", "/Sessions/Playing/Ping", RouteTable.Access.AUTHENTICATED, SimExchange::noContent);
    }

    private void played(SimExchange ex, boolean played) {
        SimUser user = user(ex, state);
        SimItem item = user == null ? null : item(ex, state, ex.path("itemId"));
        if (user == null || item == null) {
            return;
        }
        if (!played) {
            ex.json(200, state.markUnplayed(user.id(), item));
            return;
        }
        String date = ex.query(state.rules().isEmby() ? "DatePlayed" : "datePlayed");
        Instant when;
        try {
            when = date == null ? null : parseDate(date);
        } catch (DateTimeParseException e) {
            ex.error(400, "Invalid datePlayed");
            return;
        }
        ex.json(200, state.markPlayed(user.id(), item, when));
    }

    /** GET /UserItems/{itemId}/UserData (10.9 on): one user's data of one item. */
    private void userData(SimExchange ex) {
        SimUser user = user(ex, state);
        SimItem item = user == null ? null : item(ex, state, ex.path("itemId"));
        if (user != null && item != null) {
            ex.json(200, state.userData.toJson(user.id(), item));
        }
    }

    private Instant parseDate(String date) {
        if (state.rules().isEmby()) {
            return LocalDateTime.parse(date, EMBY_DATE).toInstant(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(date).toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * The user a user-scoped call acts for: {userId} in the path, else ?userId=, else the caller.
     * An API key has no user, so the id is required (400); other users than oneself need admin
     * rights (403) where the version checks it (not 10.8); an unknown user is 404. Sets the error answer and
     * returns null on failure.
     */
    static @Nullable SimUser user(SimExchange ex, SimState state) {
        String explicit = ex.request.apiPath().toLowerCase(java.util.Locale.ROOT).startsWith("/users/") ? ex.path("userId")
                : ex.query("userId");
        SimToken caller = ex.caller();
        if (explicit == null || explicit.isBlank()) {
            if (caller.isApiKey()) {
                ex.error(400, "userId is required when authenticating with an API key");
                return null;
            }
            return state.accounts.userById(caller.userId()).orElse(null);
        }
        if (!state.rules().isEmby() && !SimJson.isGuid(explicit)) {
            ex.error(400, "The value '" + explicit + "' is not valid.");
            return null;
        }
        Optional<SimUser> user = state.accounts.userById(explicit);
        if (user.isEmpty()) {
            ex.error(404, "User not found");
            return null;
        }
        SimUser self = state.accounts.userById(caller.userId()).orElse(null);
        if (!caller.isApiKey() && self != null && !self.admin() && !self.id().equals(user.get().id())
                && state.rules().otherUsersNeedAdmin()) {
            ex.error(403, "Forbidden");
            return null;
        }
        return user.get();
    }

    /** Finds an item: malformed Jellyfin GUIDs are 400, unknown ids 404. */
    static @Nullable SimItem item(SimExchange ex, SimState state, String id) {
        if (!state.rules().isEmby() && !SimJson.isGuid(id)) {
            ex.error(400, "The value '" + id + "' is not valid.");
            return null;
        }
        Optional<SimItem> item = state.library.find(id);
        if (item.isEmpty()) {
            ex.error(404, "Item not found");
            return null;
        }
        return item.get();
    }

    static List<String> queueIds(@Nullable JsonElement queue) {
        List<String> ids = new ArrayList<>();
        if (queue != null && queue.isJsonArray()) {
            for (JsonElement entry : queue.getAsJsonArray()) {
                String id = entry.isJsonObject() ? SimJson.string(entry.getAsJsonObject(), "Id") : null;
                if (id != null) {
                    ids.add(SimJson.normalizeId(id));
                }
            }
        }
        return ids;
    }

    static @Nullable Long longValue(@Nullable JsonObject body, String name) {
        String value = SimJson.string(body, name);
        return value == null ? null : Long.valueOf(value);
    }
}
