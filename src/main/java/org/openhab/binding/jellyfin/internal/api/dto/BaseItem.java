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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A library item (only the fields the binding uses; everything else is ignored).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class BaseItem {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String type;
    private @Nullable String mediaType;
    private @Nullable String seriesName;
    private @Nullable String seasonName;
    private @Nullable Integer parentIndexNumber;
    private @Nullable Integer indexNumber;
    private @Nullable Long runTimeTicks;
    private @Nullable Integer productionYear;
    private @Nullable String album;
    private @Nullable String albumArtist;
    private @Nullable List<String> artists;
    private @Nullable List<String> genres;
    private @Nullable Map<String, String> imageTags;
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

    public @Nullable String getMediaType() {
        return mediaType;
    }

    public @Nullable String getSeriesName() {
        return seriesName;
    }

    public @Nullable String getSeasonName() {
        return seasonName;
    }

    public @Nullable Integer getParentIndexNumber() {
        return parentIndexNumber;
    }

    public @Nullable Integer getIndexNumber() {
        return indexNumber;
    }

    public @Nullable Long getRunTimeTicks() {
        return runTimeTicks;
    }

    public @Nullable Integer getProductionYear() {
        return productionYear;
    }

    public @Nullable String getAlbum() {
        return album;
    }

    public @Nullable String getAlbumArtist() {
        return albumArtist;
    }

    public List<String> getArtists() {
        List<String> v = artists;
        return v != null ? v : List.of();
    }

    public List<String> getGenres() {
        List<String> v = genres;
        return v != null ? v : List.of();
    }

    public Map<String, String> getImageTags() {
        Map<String, String> v = imageTags;
        return v != null ? v : Map.of();
    }

    public @Nullable UserItemData getUserData() {
        return userData;
    }
}
