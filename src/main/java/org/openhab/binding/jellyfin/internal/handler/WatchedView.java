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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openhab.binding.jellyfin.internal.live.UserItemData;

/**
 * The watched state a client thing shows: that of the person watching, the session's user (the viewer; the bridge's
 * user when the session has none), for the playing item; and a note for the thing's status when the server refused
 * to mark or to read it for that user. Used under the client handler's lock.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class WatchedView {

    private String viewer = "";
    private @Nullable String itemId;
    private @Nullable Boolean watched;
    /** The number of the data shown: data with a lower one is older and never replaces it. */
    private long shownAt = -1;
    private @Nullable String note;

    /**
     * Follows the session: a new viewer or a new item forgets what was known (and a new viewer the status note).
     *
     * @param newViewer the session's user, else the bridge's (empty when there is none)
     * @param playingItemId the playing item, or null
     * @return true when the viewer's data of the playing item should be read now
     */
    boolean follow(String newViewer, @Nullable String playingItemId) {
        String user = Guids.normalize(newViewer);
        boolean changed = !user.equals(viewer) || !Objects.equals(playingItemId, itemId);
        if (!user.equals(viewer)) {
            note = null;
        }
        viewer = user;
        if (changed) {
            itemId = playingItemId;
            watched = null;
            shownAt = -1;
        }
        return changed && playingItemId != null && !viewer.isEmpty();
    }

    /** @return the user whose watched state is shown (normalised), empty when there is none */
    String viewer() {
        return viewer;
    }

    /** @return the viewer's watched state of the playing item, when known */
    @Nullable
    Boolean watched() {
        return watched;
    }

    /** @return true when the data is the viewer's data of the playing item */
    boolean concerns(String userId, UserItemData data) {
        return !viewer.isEmpty() && Guids.same(userId, viewer) && data.itemId().equals(itemId);
    }

    /**
     * @param at the number of the data, in the order the bridge learned data
     * @return true when the data is the viewer's for the playing item, not older than what is shown, and is now shown
     */
    boolean learn(String userId, UserItemData data, long at) {
        if (!concerns(userId, data) || at < shownAt) {
            return false;
        }
        shownAt = at;
        watched = data.played();
        return true;
    }

    /**
     * What became of a mark made for the viewer: a refusal, or a mark that went to the bridge's user, stays in the
     * thing's status until a later mark for the viewer works or the viewer changes.
     *
     * @param session the session, for the viewer's name
     * @return true when the note changed
     */
    boolean settled(MarkOutcome outcome, @Nullable SessionState session) {
        if (!Guids.same(outcome.userId(), viewer)) {
            return false;
        }
        String before = note;
        note = outcome.statusNote(name(session));
        return !Objects.equals(before, note);
    }

    /**
     * The viewer's data may not be read by the bridge's user (who is not an administrator).
     *
     * @param session the session, for the viewer's name
     * @return true when the note changed
     */
    boolean unreadable(@Nullable SessionState session) {
        String before = note;
        note = ServerConnector.text("online.watched-unreadable", name(session));
        return !Objects.equals(before, note);
    }

    /** @return the viewer's name when the session is theirs, else the viewer's id */
    private String name(@Nullable SessionState session) {
        return session != null && Guids.same(session.userId(), viewer) && !session.userName().isBlank()
                ? session.userName()
                : viewer;
    }

    /** @return the status description to show, or null */
    @Nullable
    String note() {
        return note;
    }
}
