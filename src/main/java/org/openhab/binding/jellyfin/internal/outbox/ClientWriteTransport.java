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

import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ItemPlayback;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStopInfo;

/**
 * Sends pending writes with the bridge's client: marks with the bridge's identity, playback stops with the
 * identity of the device that reported the playback (so they end that device's session).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ClientWriteTransport implements WriteTransport {

    private final JellyfinClient client;
    private final @Nullable String defaultUserId;

    /**
     * @param client the bridge's client, with credentials
     * @param defaultUserId the user to write for when a write names none (empty or null: the credentials' user)
     */
    public ClientWriteTransport(JellyfinClient client, @Nullable String defaultUserId) {
        this.client = client;
        this.defaultUserId = defaultUserId == null || defaultUserId.isBlank() ? null : defaultUserId;
    }

    @Override
    public CompletableFuture<?> send(PendingWrite write) {
        WriteKind kind = write.kind();
        if (kind == null) {
            return CompletableFuture.failedFuture(
                    new JellyfinApiException(Kind.INVALID_ARGUMENT, "This kind of write is not known"));
        }
        String user = write.userId() != null ? write.userId() : defaultUserId;
        return switch (kind) {
            case MARK_PLAYED -> client.markPlayed(user, write.itemId(), write.datePlayed());
            case MARK_UNPLAYED -> client.markUnplayed(user, write.itemId());
            case PLAYBACK_STOPPED -> stopped(user, write);
        };
    }

    private CompletableFuture<?> stopped(@Nullable String user, PendingWrite write) {
        JellyfinClient device = client.withIdentity(write.identity());
        if (write.byItem()) {
            return device.onPlaybackStopped(user, new ItemPlayback(write.itemId(), write.mediaSourceId(),
                    write.playSessionId(), write.positionTicks(), false));
        }
        PlaybackStopInfo info = new PlaybackStopInfo(write.itemId());
        info.setMediaSourceId(write.mediaSourceId());
        info.setPlaySessionId(write.playSessionId());
        info.setPositionTicks(write.positionTicks());
        return device.reportPlaybackStopped(info);
    }
}
