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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;

/**
 * The end of a playback reported by a reporter: sent with the reporter's own identity (so it ends the
 * reporter's session), by the session report or by the by-item route.
 *
 * @param identity the device that reported the playback
 * @param userId the user (by-item routes of Jellyfin 10.8 and Emby carry it), or null for the bridge's user
 * @param itemId the item that was playing
 * @param mediaSourceId the media source, or null
 * @param playSessionId the play session, or null
 * @param positionTicks the final position
 * @param byItem true to use the by-item route, false for the session report
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record PlaybackStop(ClientIdentity identity, @Nullable String userId, String itemId,
        @Nullable String mediaSourceId, @Nullable String playSessionId, long positionTicks, boolean byItem) {

    public PlaybackStop {
        userId = blankToNull(userId);
        mediaSourceId = blankToNull(mediaSourceId);
        playSessionId = blankToNull(playSessionId);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
