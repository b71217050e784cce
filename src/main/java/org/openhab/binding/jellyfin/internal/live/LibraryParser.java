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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads the {@code Data} of a {@code LibraryChanged} push (a LibraryUpdateInfo) for {@link MessageParser}: the items
 * added, updated and removed. Lists are counted whole but only the last added ids are kept, so a scan that adds
 * thousands of items costs no more memory than one that adds a few; the frame size limit bounds the text.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class LibraryParser {

    private LibraryParser() {
    }

    static LibraryChange read(JsonCursor cursor) throws LiveParseException {
        Deque<String> added = new ArrayDeque<>();
        int addedCount = 0;
        int updatedCount = 0;
        int removedCount = 0;
        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "ItemsAdded" -> addedCount = readIds(cursor, added);
                case "ItemsUpdated" -> updatedCount = readIds(cursor, null);
                case "ItemsRemoved" -> removedCount = readIds(cursor, null);
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        return new LibraryChange(new ArrayList<>(added), addedCount, updatedCount, removedCount);
    }

    /**
     * @param kept where the last {@link LibraryChange#MAX_ADDED_IDS} ids go, or null to count only
     * @return how many ids the list holds (empty strings and nulls not counted)
     */
    private static int readIds(JsonCursor cursor, @Nullable Deque<String> kept)
            throws LiveParseException {
        if (cursor.nextIsNull()) {
            return 0;
        }
        int count = 0;
        cursor.beginArray();
        while (cursor.hasNext()) {
            String id = cursor.optGuid();
            if (id == null || id.isEmpty()) {
                continue;
            }
            count++;
            if (kept != null) {
                if (kept.size() == LibraryChange.MAX_ADDED_IDS) {
                    kept.removeFirst();
                }
                kept.addLast(id);
            }
        }
        cursor.endArray();
        return count;
    }
}
