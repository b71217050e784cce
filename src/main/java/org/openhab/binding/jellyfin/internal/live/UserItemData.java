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
package org.openhab.binding.jellyfin.internal.live;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Guids;

/**
 * One entry of a {@code UserDataChanged} push ({@code UserItemDataDto}). Absent counters are 0 and
 * absent flags false; absent percentage and date are null.
 *
 * @param itemId the item (normalised GUID; Emby's numeric ids kept)
 * @param played whether the user has played the item
 * @param playCount how often it was played
 * @param playbackPositionTicks resume position in ticks
 * @param playedPercentage resume position as a percentage
 * @param favorite whether it is a favourite
 * @param lastPlayedDate when it was last played
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record UserItemData(String itemId, boolean played, int playCount, long playbackPositionTicks,
        @Nullable Double playedPercentage, boolean favorite, @Nullable Instant lastPlayedDate) {

    /**
     * The user data of an answer (a mark, a read) rather than a push.
     *
     * @param itemId the item, in any GUID form
     * @param lastPlayedDate as the server wrote it, or null
     */
    public static UserItemData of(String itemId, boolean played, int playCount, long playbackPositionTicks,
            boolean favorite, @Nullable String lastPlayedDate) {
        return new UserItemData(Guids.normalize(itemId), played, playCount, playbackPositionTicks, null, favorite,
                lastPlayedDate == null ? null : IsoInstants.parse(lastPlayedDate));
    }
}
