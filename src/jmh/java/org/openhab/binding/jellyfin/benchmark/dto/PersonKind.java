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
package org.openhab.binding.jellyfin.benchmark.dto;

import com.google.gson.annotations.SerializedName;

/**
 * PersonKind of the Jellyfin 10.11 OpenAPI spec. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public enum PersonKind {
    @SerializedName("Unknown")
    UNKNOWN,
    @SerializedName("Actor")
    ACTOR,
    @SerializedName("Director")
    DIRECTOR,
    @SerializedName("Composer")
    COMPOSER,
    @SerializedName("Writer")
    WRITER,
    @SerializedName("GuestStar")
    GUEST_STAR,
    @SerializedName("Producer")
    PRODUCER,
    @SerializedName("Conductor")
    CONDUCTOR,
    @SerializedName("Lyricist")
    LYRICIST,
    @SerializedName("Arranger")
    ARRANGER,
    @SerializedName("Engineer")
    ENGINEER,
    @SerializedName("Mixer")
    MIXER,
    @SerializedName("Remixer")
    REMIXER,
    @SerializedName("Creator")
    CREATOR,
    @SerializedName("Artist")
    ARTIST,
    @SerializedName("AlbumArtist")
    ALBUM_ARTIST,
    @SerializedName("Author")
    AUTHOR,
    @SerializedName("Illustrator")
    ILLUSTRATOR,
    @SerializedName("Penciller")
    PENCILLER,
    @SerializedName("Inker")
    INKER,
    @SerializedName("Colorist")
    COLORIST,
    @SerializedName("Letterer")
    LETTERER,
    @SerializedName("CoverArtist")
    COVER_ARTIST,
    @SerializedName("Editor")
    EDITOR,
    @SerializedName("Translator")
    TRANSLATOR;
}
