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
import org.eclipse.jdt.annotation.Nullable;

/**
 * The field names the parsers look for, and the frequent ones they skip, as shared constants: a name read from a
 * message is looked up in a small open-addressing table instead of being copied into a new string each time.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class JsonNames {

    private static final String[] NAMES = { "MessageType", "MessageId", "Data", "Id", "UserId", "UserName", "Client",
            "DeviceName", "DeviceId", "DeviceType", "ApplicationVersion", "LastActivityDate", "LastPlaybackCheckIn",
            "IsActive", "SupportsRemoteControl", "SupportedCommands", "PlayableMediaTypes", "Capabilities",
            "NowPlayingItem", "PlayState", "PlaySessionId", "PositionTicks", "CanSeek", "IsPaused", "IsMuted",
            "VolumeLevel", "AudioStreamIndex", "SubtitleStreamIndex", "MediaSourceId", "PlayMethod", "RepeatMode",
            "PlaybackOrder", "Shuffle", "Name", "Type", "SeriesName", "SeasonName", "ParentIndexNumber",
            "IndexNumber", "RunTimeTicks", "ProductionYear", "Album", "AlbumArtist", "Artists", "Genres",
            "ImageTags", "Primary", "UserData", "Played", "UserDataList", "ItemId", "IsFavorite", "PlayCount",
            "PlaybackPositionTicks", "PlayedPercentage", "LastPlayedDate", "Key", "SeriesId",
            "SeriesPrimaryImageTag", "AlbumId", "AlbumPrimaryImageTag", "ItemsAdded", "ItemsUpdated", "ItemsRemoved",
            // skipped, but in every session
            "AdditionalUsers", "RemoteEndPoint", "ServerId", "SupportsMediaControl", "SupportsPersistentIdentifier",
            "NowPlayingQueue", "NowPlayingQueueFullItems", "HasCustomDeviceName", "PlaylistItemId",
            "LastPausedDate", "NowViewingItem", "TranscodingInfo", "Etag", "DateCreated", "Container",
            "PremiereDate", "ExternalUrls", "Path", "Overview", "ProviderIds", "IsFolder", "ParentId", "People",
            "MediaStreams", "Chapters", "BackdropImageTags", "ImageBlurHashes", "LocationType", "MediaType",
            "Protocol", "PlaylistIndex", "PlaylistLength", "InternalDeviceId", "AppIconUrl" };
    private static final int MASK = 255;
    private static final String[] TABLE = new String[MASK + 1];

    static {
        for (String name : NAMES) {
            int slot = hash(name, 0, name.length()) & MASK;
            while (TABLE[slot] != null) {
                slot = (slot + 1) & MASK;
            }
            TABLE[slot] = name;
        }
    }

    private JsonNames() {
    }

    /**
     * @param text a JSON document
     * @param start the first character of a name
     * @param end after its last character
     * @return the shared constant equal to the name, or null when it is not one of the known names
     */
    @Nullable
    static String known(String text, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return null;
        }
        int slot = hash(text, start, end) & MASK;
        String candidate;
        while ((candidate = TABLE[slot]) != null) {
            if (candidate.length() == length && text.regionMatches(start, candidate, 0, length)) {
                return candidate;
            }
            slot = (slot + 1) & MASK;
        }
        return null;
    }

    /** A cheap spread of a name over the table: its length and three of its characters. */
    private static int hash(String text, int start, int end) {
        int length = end - start;
        int h = length * 0x9E3779B1 ^ text.charAt(start) * 31 ^ text.charAt(start + length / 2) * 961
                ^ text.charAt(end - 1) * 29791;
        return h ^ (h >>> 16);
    }
}
