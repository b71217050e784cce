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
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The parts of a session's {@code NowPlayingItem} the binding uses. Absent or null fields are null,
 * or empty for strings the binding always shows (id, name) and for lists.
 *
 * @param id item id (normalised GUID; Emby's numeric ids kept as they are)
 * @param name item name
 * @param type item type (Movie, Episode, Audio, ...; any value kept)
 * @param seriesName series of an episode
 * @param seasonName season of an episode
 * @param parentIndexNumber season number, or disc number of a track
 * @param indexNumber episode or track number
 * @param runTimeTicks duration in ticks (100 ns)
 * @param productionYear production year
 * @param album album of a track
 * @param albumArtist album artist of a track
 * @param artists artists of a track
 * @param genres genres
 * @param image the primary image to show: {@code ImageTags.Primary} of the item, else for an episode
 *            {@code SeriesPrimaryImageTag} of {@code SeriesId}, for a track {@code AlbumPrimaryImageTag} of
 *            {@code AlbumId}; null when there is none
 * @param played {@code UserData.Played}; null when the server sent no user data
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record NowPlayingItem(String id, String name, @Nullable String type, @Nullable String seriesName,
        @Nullable String seasonName, @Nullable Integer parentIndexNumber, @Nullable Integer indexNumber,
        @Nullable Long runTimeTicks, @Nullable Integer productionYear, @Nullable String album,
        @Nullable String albumArtist, List<String> artists, List<String> genres, @Nullable PrimaryImage image,
        @Nullable Boolean played) {

    /**
     * @return true when both describe the same item with the same metadata, ignoring {@link #played()}
     */
    public boolean sameMetadata(NowPlayingItem other) {
        return id.equals(other.id) && name.equals(other.name) && Objects.equals(type, other.type)
                && Objects.equals(runTimeTicks, other.runTimeTicks)
                && Objects.equals(seriesName, other.seriesName) && Objects.equals(seasonName, other.seasonName)
                && Objects.equals(parentIndexNumber, other.parentIndexNumber)
                && Objects.equals(indexNumber, other.indexNumber)
                && Objects.equals(productionYear, other.productionYear) && Objects.equals(album, other.album)
                && Objects.equals(albumArtist, other.albumArtist) && artists.equals(other.artists)
                && genres.equals(other.genres) && Objects.equals(image, other.image);
    }
}
