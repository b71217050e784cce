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
package org.openhab.binding.jellyfin.internal.api;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Jellyfin 10.9 to 10.11: the user moved to a {@code userId} query ({@code /UserPlayedItems/{i}},
 * {@code /Items/{i}}, {@code /UserItems/{i}/UserData}); by-item playback is {@code /PlayingItems/{i}} and
 * acts for the caller's user. Who may subscribe to sessions depends on the exact version, so the version
 * is kept: 10.9.0-10.10.5 admins only, 10.10.6+ admins or API keys, 10.11+ any user.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class Jellyfin109Dialect extends JellyfinDialect {

    private static final Set<String> COMMANDS;
    static {
        Set<String> c = new HashSet<>(BASE_GENERAL_COMMANDS);
        c.add("SetPlaybackOrder");
        COMMANDS = Set.copyOf(c);
    }

    public Jellyfin109Dialect(ServerVersion version) {
        super(version);
    }

    @Override
    public String name() {
        return "Jellyfin 10.9-10.11 (" + version() + ")";
    }

    @Override
    public Set<String> generalCommands() {
        return COMMANDS;
    }

    @Override
    public SubscriptionPolicy subscriptionPolicy() {
        ServerVersion v = version();
        if (v.isAtLeast(10, 11, 0)) {
            return SubscriptionPolicy.ANYONE;
        }
        return v.isAtLeast(10, 10, 6) ? SubscriptionPolicy.ADMINS_OR_API_KEY : SubscriptionPolicy.ADMINS_ONLY;
    }

    @Override
    public ApiRequest markPlayed(String userId, String itemId, @Nullable Instant datePlayed)
            throws JellyfinApiException {
        return post("/UserPlayedItems/" + guid("item id", itemId)).query("userId", guid("user id", userId))
                .query("datePlayed", datePlayed != null ? formatDate(datePlayed) : null).build();
    }

    @Override
    public ApiRequest markUnplayed(String userId, String itemId) throws JellyfinApiException {
        return delete("/UserPlayedItems/" + guid("item id", itemId)).query("userId", guid("user id", userId)).build();
    }

    @Override
    public ApiRequest onPlaybackStart(String userId, ItemPlayback playback) throws JellyfinApiException {
        return ByItemQuery.start(post("/PlayingItems/" + guid("item id", playback.itemId())), playback).build();
    }

    @Override
    public ApiRequest onPlaybackProgress(String userId, ItemPlayback playback) throws JellyfinApiException {
        return ByItemQuery.progress(post("/PlayingItems/" + guid("item id", playback.itemId()) + "/Progress"),
                playback).build();
    }

    @Override
    public ApiRequest onPlaybackStopped(String userId, ItemPlayback playback) throws JellyfinApiException {
        return ByItemQuery.stopped(delete("/PlayingItems/" + guid("item id", playback.itemId())), playback).build();
    }

    @Override
    public ApiRequest getItem(String userId, String itemId) throws JellyfinApiException {
        return get("/Items/" + guid("item id", itemId)).query("userId", guid("user id", userId)).build();
    }

    @Override
    public ApiRequest getUserData(String userId, String itemId) throws JellyfinApiException {
        return get("/UserItems/" + guid("item id", itemId) + "/UserData").query("userId", guid("user id", userId))
                .build();
    }

    @Override
    public boolean userDataFromItem() {
        return false;
    }
}
