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
package org.openhab.binding.jellyfin.internal.api.dto;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A user's data for one item (played state, position, favourite).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class UserItemData {
    private @Nullable Boolean played;
    private @Nullable Integer playCount;
    private @Nullable Long playbackPositionTicks;
    private @Nullable Boolean isFavorite;
    private @Nullable String lastPlayedDate;
    private @Nullable String itemId;

    public boolean isPlayed() {
        Boolean v = played;
        return v != null && v;
    }

    public int getPlayCount() {
        Integer v = playCount;
        return v != null ? v : 0;
    }

    public long getPlaybackPositionTicks() {
        Long v = playbackPositionTicks;
        return v != null ? v : 0L;
    }

    public boolean isFavorite() {
        Boolean v = isFavorite;
        return v != null && v;
    }

    /**
     * @return when the user last played the item, as the server wrote it, or null
     */
    public @Nullable String getLastPlayedDate() {
        return lastPlayedDate;
    }

    /**
     * @return the item the data belongs to, as the server wrote it (Jellyfin sends it; the caller knows it anyway),
     *         or null
     */
    public @Nullable String getItemId() {
        return itemId;
    }
}
