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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A {@code LibraryChanged} push: what a library scan added, updated and removed, as the server tells the sessions of
 * a user (the items that user may see). The counts are those of the whole push; of the added items only the last
 * {@link #MAX_ADDED_IDS} ids are kept (a first scan can add thousands).
 *
 * @param itemsAdded the ids of the last added items, in the server's order (normalised GUIDs; Emby's ids kept)
 * @param addedCount how many items were added
 * @param updatedCount how many items were updated
 * @param removedCount how many items were removed
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record LibraryChange(List<String> itemsAdded, int addedCount, int updatedCount, int removedCount)
        implements LiveMessage {

    /** How many of the added items' ids are kept. */
    public static final int MAX_ADDED_IDS = 20;

    public LibraryChange {
        itemsAdded = List.copyOf(itemsAdded);
    }
}
