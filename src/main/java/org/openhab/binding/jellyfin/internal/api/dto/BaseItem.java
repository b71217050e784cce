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
 * A library item: what the binding shows or plays of it, and the user's data for it (only the fields the
 * binding uses; everything else is ignored).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class BaseItem {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String type;
    private @Nullable String seriesName;
    private @Nullable Boolean isFolder;
    private @Nullable UserItemData userData;

    public String getId() {
        String v = id;
        return v != null ? v : "";
    }

    public String getName() {
        String v = name;
        return v != null ? v : "";
    }

    public String getType() {
        String v = type;
        return v != null ? v : "";
    }

    /**
     * @return the series of an episode (or of a season), or null
     */
    public @Nullable String getSeriesName() {
        String v = seriesName;
        return v == null || v.isBlank() ? null : v;
    }

    /**
     * @return whether the item is a folder (a series, a season, an album)
     */
    public boolean isFolder() {
        Boolean v = isFolder;
        return v != null && v;
    }

    public @Nullable UserItemData getUserData() {
        return userData;
    }
}
