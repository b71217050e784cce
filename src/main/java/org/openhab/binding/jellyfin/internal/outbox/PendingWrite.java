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
package org.openhab.binding.jellyfin.internal.outbox;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.ItemPlayback;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.Ticks;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStopInfo;

/**
 * One write waiting in the {@link WriteOutbox}, as kept in openHAB's storage (plain fields, read back by
 * its JSON storage), and the request it makes. It holds no token: the credentials are the bridge's at the
 * time of sending. It keeps the user it was made for, so after a restart it is sent for that user; a write stored
 * without a user (by an earlier version) is the bridge's user's.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class PendingWrite {

    /** Kinds of write (stored as these names). */
    public static final String MARK_PLAYED = "MARK_PLAYED";
    public static final String MARK_UNPLAYED = "MARK_UNPLAYED";
    /** The end of a playback, with the final position (the server keeps it as the resume point). */
    public static final String PLAYBACK_STOPPED = "PLAYBACK_STOPPED";

    /** The write's place in the order of writes (set by the outbox). */
    long sequence;
    /** One of the kinds above; anything else (stored by another version) is not sent. */
    private @Nullable String kind = MARK_PLAYED;
    /** Empty: the bridge's user at the time of sending. */
    private String userId = "";
    private String itemId = "";
    private @Nullable String datePlayed;
    private @Nullable String playSessionId;
    private long positionTicks;
    private boolean byItem;
    private String client = "";
    private String deviceName = "";
    private String deviceId = "";
    private String clientVersion = "";
    /** The thing (or action) that made the write, for logs. */
    private String source = "";
    /**
     * An earlier attempt may have reached the server and its answer was lost, so the server may have carried it out:
     * the write is sent again in a form that changes nothing when it had (see {@link #send}).
     */
    private boolean repeat;
    /** Told the outcome of the first attempt to send the write (kept in memory only, by the outbox). */
    transient @Nullable CompletableFuture<Boolean> firstAttempt;
    /** The write may not be sent before this completes (kept in memory only, by the outbox). */
    transient @Nullable CompletableFuture<?> notBefore;

    public PendingWrite() {
    }

    /** A mark played (with the date it was played, or null for now) or a mark unplayed. */
    PendingWrite(String kind, @Nullable String userId, String itemId, @Nullable Instant datePlayed, String source) {
        this.kind = kind;
        this.userId = userId == null ? "" : userId.trim();
        this.itemId = itemId.trim();
        this.datePlayed = datePlayed == null ? null : datePlayed.toString();
        this.source = source;
    }

    /** The end of a playback, sent with the identity of the device that reported it. */
    PendingWrite(ClientIdentity identity, @Nullable String userId, String itemId, String playSessionId,
            long positionTicks, boolean byItem, String source) {
        this(PLAYBACK_STOPPED, userId, itemId, null, source);
        this.playSessionId = playSessionId.isBlank() ? null : playSessionId;
        this.positionTicks = positionTicks;
        this.byItem = byItem;
        client = identity.client();
        deviceName = identity.deviceName();
        deviceId = identity.deviceId();
        clientVersion = identity.version();
    }

    public long sequence() {
        return sequence;
    }

    /**
     * @return {@link #MARK_PLAYED}, {@link #MARK_UNPLAYED} or {@link #PLAYBACK_STOPPED}; anything else (or null) when
     *         the stored value is not one this binding knows
     */
    public @Nullable String kind() {
        return kind;
    }

    boolean isKnown() {
        return MARK_PLAYED.equals(kind) || MARK_UNPLAYED.equals(kind) || PLAYBACK_STOPPED.equals(kind);
    }

    public String itemId() {
        return itemId;
    }

    /** @return true for a mark played or unplayed */
    public boolean isMark() {
        return MARK_PLAYED.equals(kind) || MARK_UNPLAYED.equals(kind);
    }

    /**
     * @param defaultUserId the bridge's user at the time of sending (empty: none)
     * @return the user the write is for: the one it was made for, else the default (writes stored before they named
     *         their user were the bridge's); empty when neither is known
     */
    public String userId(String defaultUserId) {
        return !userId.isBlank() ? userId : defaultUserId.trim();
    }

    /** @return the thing (or action) that made the write, as given when it was made */
    public String source() {
        return source;
    }

    public @Nullable Instant datePlayed() {
        String date = datePlayed;
        try {
            return date == null ? null : Instant.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public long positionTicks() {
        return positionTicks;
    }

    /** @return whether an earlier attempt may have been carried out by the server (its answer was lost) */
    public boolean isRepeat() {
        return repeat;
    }

    /** An attempt may have reached the server and its answer was lost: the next attempts are repeats. */
    void answerLost() {
        repeat = true;
    }

    /**
     * @return the device that reported the playback (for a playback stop)
     */
    public ClientIdentity identity() {
        return new ClientIdentity(client, deviceName, deviceId, clientVersion);
    }

    /**
     * Sends the write for a given user: marks with the client's identity (their future holds the server's
     * {@link org.openhab.binding.jellyfin.internal.api.dto.UserItemData}), playback stops with the identity of the
     * device that reported the playback (so they end that device's session).
     * <p>
     * Every write may reach the server more than once (see {@link WriteOutbox}), and a repeat changes nothing there:
     * marking unplayed and reporting the same stop again (the same resume point) leave the same state. A mark played
     * with a date counts one more play on the server each time, so a repeat goes without the date: the server then
     * only makes sure the item is played and keeps its play count and last played date (had the first attempt not
     * arrived after all, the item is still marked played, without that date and without counting a play).
     *
     * @param bridgeClient the bridge's client, with credentials
     * @param userId the user to write for (empty: the credentials' user; see {@link #userId(String)})
     * @return completes when the server accepted the write, fails with a {@link JellyfinApiException} otherwise
     */
    public CompletableFuture<?> sendAs(JellyfinClient bridgeClient, String userId) {
        String user = userId.isBlank() ? null : userId;
        if (MARK_PLAYED.equals(kind)) {
            return bridgeClient.markPlayed(user, itemId, repeat ? null : datePlayed());
        } else if (MARK_UNPLAYED.equals(kind)) {
            return bridgeClient.markUnplayed(user, itemId);
        } else if (!PLAYBACK_STOPPED.equals(kind)) {
            return CompletableFuture.failedFuture(
                    new JellyfinApiException(Kind.INVALID_ARGUMENT, "This kind of write is not known"));
        }
        JellyfinClient device = bridgeClient.withIdentity(identity());
        if (byItem) {
            return device.onPlaybackStopped(user,
                    new ItemPlayback(itemId, null, playSessionId, positionTicks, false));
        }
        PlaybackStopInfo info = new PlaybackStopInfo(itemId);
        info.setPlaySessionId(playSessionId);
        info.setPositionTicks(positionTicks);
        return device.reportPlaybackStopped(info);
    }

    /**
     * @return what the write does, for log lines (no secrets: the write holds none)
     */
    @Override
    public String toString() {
        String who = userId.isBlank() ? "" : " for user " + userId;
        String from = source.isBlank() ? "" : " (from " + source + ")";
        if (PLAYBACK_STOPPED.equals(kind)) {
            // the position as e.g. "1h2m3s"
            String position = Ticks.toDuration(positionTicks).withNanos(0).toString().substring(2)
                    .toLowerCase(Locale.ROOT);
            return "playback stop of item " + itemId + " at " + position + " on device " + deviceName + from;
        }
        String what = MARK_PLAYED.equals(kind) ? "mark played"
                : MARK_UNPLAYED.equals(kind) ? "mark unplayed" : "unknown write";
        return what + " of item " + itemId + who + from;
    }
}
