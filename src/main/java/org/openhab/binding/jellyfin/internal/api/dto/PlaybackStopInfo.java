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
 * Body of {@code POST /Sessions/Playing/Stopped}. Only set fields are sent, in the order of the fields here.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class PlaybackStopInfo {
    private final String itemId;
    private @Nullable String mediaSourceId;
    private @Nullable String playSessionId;
    private @Nullable Long positionTicks;

    public PlaybackStopInfo(String itemId) {
        this.itemId = itemId;
    }

    public void setMediaSourceId(@Nullable String mediaSourceId) {
        this.mediaSourceId = mediaSourceId;
    }

    public void setPlaySessionId(@Nullable String playSessionId) {
        this.playSessionId = playSessionId;
    }

    public void setPositionTicks(@Nullable Long positionTicks) {
        this.positionTicks = positionTicks;
    }
}
