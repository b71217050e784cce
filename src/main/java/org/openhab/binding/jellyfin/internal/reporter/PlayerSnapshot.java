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
package org.openhab.binding.jellyfin.internal.reporter;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The local player's state at one moment, as it is reported.
 *
 * @param itemId the item being played
 * @param playSessionId the play session the reporter made up for this playback
 * @param positionTicks the position
 * @param paused whether playback is paused
 * @param muted whether the player is muted
 * @param volume the volume, 0 to 100
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record PlayerSnapshot(String itemId, String playSessionId, long positionTicks, boolean paused, boolean muted,
        int volume) {
}
