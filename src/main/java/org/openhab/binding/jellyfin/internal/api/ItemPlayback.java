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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The arguments of the by-item playback reports (on start, progress, stopped).
 *
 * @param itemId the item being played
 * @param mediaSourceId the media source (Emby requires one: the item id is used when null)
 * @param playSessionId the play session, or null
 * @param positionTicks the position, or null
 * @param paused whether playback is paused (progress only)
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ItemPlayback(String itemId, @Nullable String mediaSourceId, @Nullable String playSessionId,
        @Nullable Long positionTicks, boolean paused) {

    public static ItemPlayback of(String itemId) {
        return new ItemPlayback(itemId, null, null, null, false);
    }

    public String mediaSourceOrItemId() {
        String source = mediaSourceId;
        return source != null ? source : itemId;
    }
}
