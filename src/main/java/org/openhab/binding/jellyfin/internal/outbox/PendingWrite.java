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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.Ticks;

/**
 * One write waiting in the {@link WriteOutbox}, as kept in openHAB's storage (plain fields, read back by
 * its JSON storage). It holds no token: the credentials are the bridge's at the time of sending.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class PendingWrite {

    private long sequence;
    private String kind = WriteKind.MARK_PLAYED.name();
    /** Empty: the bridge's user at the time of sending. */
    private String userId = "";
    private String itemId = "";
    private @Nullable String datePlayed;
    private @Nullable String mediaSourceId;
    private @Nullable String playSessionId;
    private long positionTicks;
    private boolean byItem;
    private String client = "";
    private String deviceName = "";
    private String deviceId = "";
    private String clientVersion = "";
    /** The thing (or action) that made the write, for logs. */
    private String source = "";

    public PendingWrite() {
    }

    private PendingWrite(WriteKind kind, @Nullable String userId, String itemId, String source) {
        this.kind = kind.name();
        this.userId = userId == null ? "" : userId.trim();
        this.itemId = itemId.trim();
        this.source = source;
    }

    static PendingWrite markPlayed(@Nullable String userId, String itemId, @Nullable Instant datePlayed,
            String source) {
        PendingWrite w = new PendingWrite(WriteKind.MARK_PLAYED, userId, itemId, source);
        w.datePlayed = datePlayed == null ? null : datePlayed.toString();
        return w;
    }

    static PendingWrite markUnplayed(@Nullable String userId, String itemId, String source) {
        return new PendingWrite(WriteKind.MARK_UNPLAYED, userId, itemId, source);
    }

    static PendingWrite stopped(PlaybackStop stop, String source) {
        PendingWrite w = new PendingWrite(WriteKind.PLAYBACK_STOPPED, stop.userId(), stop.itemId(), source);
        w.mediaSourceId = stop.mediaSourceId();
        w.playSessionId = stop.playSessionId();
        w.positionTicks = stop.positionTicks();
        w.byItem = stop.byItem();
        ClientIdentity identity = stop.identity();
        w.client = identity.client();
        w.deviceName = identity.deviceName();
        w.deviceId = identity.deviceId();
        w.clientVersion = identity.version();
        return w;
    }

    PendingWrite withSequence(long newSequence) {
        this.sequence = newSequence;
        return this;
    }

    public long sequence() {
        return sequence;
    }

    /**
     * @return the kind, or null when the stored value is not one this binding knows
     */
    public @Nullable WriteKind kind() {
        try {
            return WriteKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @return the user to write for, or null for the bridge's user
     */
    public @Nullable String userId() {
        return userId.isBlank() ? null : userId;
    }

    public String itemId() {
        return itemId;
    }

    public @Nullable Instant datePlayed() {
        String date = datePlayed;
        try {
            return date == null ? null : Instant.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public @Nullable String mediaSourceId() {
        return mediaSourceId;
    }

    public @Nullable String playSessionId() {
        return playSessionId;
    }

    public long positionTicks() {
        return positionTicks;
    }

    public boolean byItem() {
        return byItem;
    }

    public ClientIdentity identity() {
        return new ClientIdentity(client, deviceName, deviceId, clientVersion);
    }

    public String source() {
        return source;
    }

    /**
     * @return what the write does, for log lines (no secrets: the write holds none)
     */
    public String describe() {
        String who = userId.isBlank() ? "" : " for user " + userId;
        String from = source.isBlank() ? "" : " (from " + source + ")";
        WriteKind k = kind();
        if (k == null) {
            return "unknown write '" + kind + "' of item " + itemId + from;
        }
        return switch (k) {
            case MARK_PLAYED -> "mark played of item " + itemId + who + from;
            case MARK_UNPLAYED -> "mark unplayed of item " + itemId + who + from;
            case PLAYBACK_STOPPED -> "playback stop of item " + itemId + " at " + position() + " on device "
                    + deviceName + from;
        };
    }

    /** The position as e.g. "1h2m3s". */
    private String position() {
        return Ticks.toDuration(positionTicks).withNanos(0).toString().substring(2).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + describe();
    }
}
