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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The primary image to show for an item: the item's own, or for an episode without one its series', for a track
 * without one its album's.
 *
 * @param itemId the item the image belongs to (normalised GUID; Emby's numeric ids kept)
 * @param tag the image's tag, which changes when the image changes
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record PrimaryImage(String itemId, String tag) {
}
