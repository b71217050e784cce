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
 * BaseItemKind of the Jellyfin 10.11 OpenAPI spec. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public enum BaseItemKind {
    @SerializedName("AggregateFolder")
    AGGREGATE_FOLDER,
    @SerializedName("Audio")
    AUDIO,
    @SerializedName("AudioBook")
    AUDIO_BOOK,
    @SerializedName("BasePluginFolder")
    BASE_PLUGIN_FOLDER,
    @SerializedName("Book")
    BOOK,
    @SerializedName("BoxSet")
    BOX_SET,
    @SerializedName("Channel")
    CHANNEL,
    @SerializedName("ChannelFolderItem")
    CHANNEL_FOLDER_ITEM,
    @SerializedName("CollectionFolder")
    COLLECTION_FOLDER,
    @SerializedName("Episode")
    EPISODE,
    @SerializedName("Folder")
    FOLDER,
    @SerializedName("Genre")
    GENRE,
    @SerializedName("ManualPlaylistsFolder")
    MANUAL_PLAYLISTS_FOLDER,
    @SerializedName("Movie")
    MOVIE,
    @SerializedName("LiveTvChannel")
    LIVE_TV_CHANNEL,
    @SerializedName("LiveTvProgram")
    LIVE_TV_PROGRAM,
    @SerializedName("MusicAlbum")
    MUSIC_ALBUM,
    @SerializedName("MusicArtist")
    MUSIC_ARTIST,
    @SerializedName("MusicGenre")
    MUSIC_GENRE,
    @SerializedName("MusicVideo")
    MUSIC_VIDEO,
    @SerializedName("Person")
    PERSON,
    @SerializedName("Photo")
    PHOTO,
    @SerializedName("PhotoAlbum")
    PHOTO_ALBUM,
    @SerializedName("Playlist")
    PLAYLIST,
    @SerializedName("PlaylistsFolder")
    PLAYLISTS_FOLDER,
    @SerializedName("Program")
    PROGRAM,
    @SerializedName("Recording")
    RECORDING,
    @SerializedName("Season")
    SEASON,
    @SerializedName("Series")
    SERIES,
    @SerializedName("Studio")
    STUDIO,
    @SerializedName("Trailer")
    TRAILER,
    @SerializedName("TvChannel")
    TV_CHANNEL,
    @SerializedName("TvProgram")
    TV_PROGRAM,
    @SerializedName("UserRootFolder")
    USER_ROOT_FOLDER,
    @SerializedName("UserView")
    USER_VIEW,
    @SerializedName("Video")
    VIDEO,
    @SerializedName("Year")
    YEAR;
}
