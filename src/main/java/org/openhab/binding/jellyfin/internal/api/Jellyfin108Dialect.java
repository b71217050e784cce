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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Jellyfin 10.8: user-scoped routes carry the user in the path ({@code /Users/{u}/PlayedItems/{i}},
 * {@code /Users/{u}/PlayingItems/{i}}, {@code /Users/{u}/Items/{i}}); activeWithinSeconds is applied only
 * together with controllableByUserId; any authenticated socket may subscribe to sessions.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class Jellyfin108Dialect extends JellyfinDialect {

    public Jellyfin108Dialect(ServerVersion version) {
        super(version);
    }

    @Override
    public String name() {
        return "Jellyfin 10.8 (" + version() + ")";
    }

    @Override
    public SubscriptionPolicy subscriptionPolicy() {
        return SubscriptionPolicy.ANYONE;
    }

    @Override
    protected boolean appliesActiveWithin(SessionQuery query) {
        return query.controllableByUserId() != null;
    }

    @Override
    public ApiRequest markPlayed(String userId, String itemId, @Nullable Instant datePlayed)
            throws JellyfinApiException {
        return post(userItem("/PlayedItems/", userId, itemId))
                .query("datePlayed", datePlayed != null ? formatDate(datePlayed) : null).build();
    }

    @Override
    public ApiRequest markUnplayed(String userId, String itemId) throws JellyfinApiException {
        return delete(userItem("/PlayedItems/", userId, itemId)).build();
    }

    @Override
    public ApiRequest onPlaybackStart(String userId, ItemPlayback playback) throws JellyfinApiException {
        return ByItemQuery.start(post(userItem("/PlayingItems/", userId, playback.itemId())), playback).build();
    }

    @Override
    public ApiRequest onPlaybackProgress(String userId, ItemPlayback playback) throws JellyfinApiException {
        return ByItemQuery.progress(post(userItem("/PlayingItems/", userId, playback.itemId()) + "/Progress"),
                playback).build();
    }

    @Override
    public ApiRequest onPlaybackStopped(String userId, ItemPlayback playback) throws JellyfinApiException {
        return ByItemQuery.stopped(delete(userItem("/PlayingItems/", userId, playback.itemId())), playback).build();
    }

    @Override
    public ApiRequest getItem(String userId, String itemId) throws JellyfinApiException {
        return get(userItem("/Items/", userId, itemId)).build();
    }

    @Override
    public ApiRequest getUserData(String userId, String itemId) throws JellyfinApiException {
        return getItem(userId, itemId);
    }

    @Override
    public boolean userDataFromItem() {
        return true;
    }

    private static String userItem(String middle, String userId, String itemId) throws JellyfinApiException {
        return "/Users/" + guid("user id", userId) + middle + guid("item id", itemId);
    }
}
