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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * BaseItemDto of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class BaseItemDto {
    @SerializedName("Name")
    public @Nullable String name;
    @SerializedName("OriginalTitle")
    public @Nullable String originalTitle;
    @SerializedName("ServerId")
    public @Nullable String serverId;
    @SerializedName("Id")
    public @Nullable String id;
    @SerializedName("Etag")
    public @Nullable String etag;
    @SerializedName("SourceType")
    public @Nullable String sourceType;
    @SerializedName("PlaylistItemId")
    public @Nullable String playlistItemId;
    @SerializedName("DateCreated")
    public @Nullable OffsetDateTime dateCreated;
    @SerializedName("DateLastMediaAdded")
    public @Nullable OffsetDateTime dateLastMediaAdded;
    @SerializedName("ExtraType")
    public @Nullable ExtraType extraType;
    @SerializedName("AirsBeforeSeasonNumber")
    public @Nullable Integer airsBeforeSeasonNumber;
    @SerializedName("AirsAfterSeasonNumber")
    public @Nullable Integer airsAfterSeasonNumber;
    @SerializedName("AirsBeforeEpisodeNumber")
    public @Nullable Integer airsBeforeEpisodeNumber;
    @SerializedName("CanDelete")
    public @Nullable Boolean canDelete;
    @SerializedName("CanDownload")
    public @Nullable Boolean canDownload;
    @SerializedName("HasLyrics")
    public @Nullable Boolean hasLyrics;
    @SerializedName("HasSubtitles")
    public @Nullable Boolean hasSubtitles;
    @SerializedName("PreferredMetadataLanguage")
    public @Nullable String preferredMetadataLanguage;
    @SerializedName("PreferredMetadataCountryCode")
    public @Nullable String preferredMetadataCountryCode;
    @SerializedName("Container")
    public @Nullable String container;
    @SerializedName("SortName")
    public @Nullable String sortName;
    @SerializedName("ForcedSortName")
    public @Nullable String forcedSortName;
    @SerializedName("Video3DFormat")
    public @Nullable Video3DFormat video3DFormat;
    @SerializedName("PremiereDate")
    public @Nullable OffsetDateTime premiereDate;
    @SerializedName("ExternalUrls")
    public @Nullable List<ExternalUrl> externalUrls;
    @SerializedName("MediaSources")
    public @Nullable List<MediaSourceInfo> mediaSources;
    @SerializedName("CriticRating")
    public @Nullable Float criticRating;
    @SerializedName("ProductionLocations")
    public @Nullable List<String> productionLocations;
    @SerializedName("Path")
    public @Nullable String path;
    @SerializedName("EnableMediaSourceDisplay")
    public @Nullable Boolean enableMediaSourceDisplay;
    @SerializedName("OfficialRating")
    public @Nullable String officialRating;
    @SerializedName("CustomRating")
    public @Nullable String customRating;
    @SerializedName("ChannelId")
    public @Nullable String channelId;
    @SerializedName("ChannelName")
    public @Nullable String channelName;
    @SerializedName("Overview")
    public @Nullable String overview;
    @SerializedName("Taglines")
    public @Nullable List<String> taglines;
    @SerializedName("Genres")
    public @Nullable List<String> genres;
    @SerializedName("CommunityRating")
    public @Nullable Float communityRating;
    @SerializedName("CumulativeRunTimeTicks")
    public @Nullable Long cumulativeRunTimeTicks;
    @SerializedName("RunTimeTicks")
    public @Nullable Long runTimeTicks;
    @SerializedName("PlayAccess")
    public @Nullable PlayAccess playAccess;
    @SerializedName("AspectRatio")
    public @Nullable String aspectRatio;
    @SerializedName("ProductionYear")
    public @Nullable Integer productionYear;
    @SerializedName("IsPlaceHolder")
    public @Nullable Boolean isPlaceHolder;
    @SerializedName("Number")
    public @Nullable String number;
    @SerializedName("ChannelNumber")
    public @Nullable String channelNumber;
    @SerializedName("IndexNumber")
    public @Nullable Integer indexNumber;
    @SerializedName("IndexNumberEnd")
    public @Nullable Integer indexNumberEnd;
    @SerializedName("ParentIndexNumber")
    public @Nullable Integer parentIndexNumber;
    @SerializedName("RemoteTrailers")
    public @Nullable List<MediaUrl> remoteTrailers;
    @SerializedName("ProviderIds")
    public @Nullable Map<String, String> providerIds;
    @SerializedName("IsHD")
    public @Nullable Boolean isHD;
    @SerializedName("IsFolder")
    public @Nullable Boolean isFolder;
    @SerializedName("ParentId")
    public @Nullable String parentId;
    @SerializedName("Type")
    public @Nullable BaseItemKind type;
    @SerializedName("People")
    public @Nullable List<BaseItemPerson> people;
    @SerializedName("Studios")
    public @Nullable List<NameGuidPair> studios;
    @SerializedName("GenreItems")
    public @Nullable List<NameGuidPair> genreItems;
    @SerializedName("ParentLogoItemId")
    public @Nullable String parentLogoItemId;
    @SerializedName("ParentBackdropItemId")
    public @Nullable String parentBackdropItemId;
    @SerializedName("ParentBackdropImageTags")
    public @Nullable List<String> parentBackdropImageTags;
    @SerializedName("LocalTrailerCount")
    public @Nullable Integer localTrailerCount;
    @SerializedName("UserData")
    public @Nullable UserItemDataDto userData;
    @SerializedName("RecursiveItemCount")
    public @Nullable Integer recursiveItemCount;
    @SerializedName("ChildCount")
    public @Nullable Integer childCount;
    @SerializedName("SeriesName")
    public @Nullable String seriesName;
    @SerializedName("SeriesId")
    public @Nullable String seriesId;
    @SerializedName("SeasonId")
    public @Nullable String seasonId;
    @SerializedName("SpecialFeatureCount")
    public @Nullable Integer specialFeatureCount;
    @SerializedName("DisplayPreferencesId")
    public @Nullable String displayPreferencesId;
    @SerializedName("Status")
    public @Nullable String status;
    @SerializedName("AirTime")
    public @Nullable String airTime;
    @SerializedName("AirDays")
    public @Nullable List<DayOfWeek> airDays;
    @SerializedName("Tags")
    public @Nullable List<String> tags;
    @SerializedName("PrimaryImageAspectRatio")
    public @Nullable Double primaryImageAspectRatio;
    @SerializedName("Artists")
    public @Nullable List<String> artists;
    @SerializedName("ArtistItems")
    public @Nullable List<NameGuidPair> artistItems;
    @SerializedName("Album")
    public @Nullable String album;
    @SerializedName("CollectionType")
    public @Nullable CollectionType collectionType;
    @SerializedName("DisplayOrder")
    public @Nullable String displayOrder;
    @SerializedName("AlbumId")
    public @Nullable String albumId;
    @SerializedName("AlbumPrimaryImageTag")
    public @Nullable String albumPrimaryImageTag;
    @SerializedName("SeriesPrimaryImageTag")
    public @Nullable String seriesPrimaryImageTag;
    @SerializedName("AlbumArtist")
    public @Nullable String albumArtist;
    @SerializedName("AlbumArtists")
    public @Nullable List<NameGuidPair> albumArtists;
    @SerializedName("SeasonName")
    public @Nullable String seasonName;
    @SerializedName("MediaStreams")
    public @Nullable List<MediaStream> mediaStreams;
    @SerializedName("VideoType")
    public @Nullable VideoType videoType;
    @SerializedName("PartCount")
    public @Nullable Integer partCount;
    @SerializedName("MediaSourceCount")
    public @Nullable Integer mediaSourceCount;
    @SerializedName("ImageTags")
    public @Nullable Map<String, String> imageTags;
    @SerializedName("BackdropImageTags")
    public @Nullable List<String> backdropImageTags;
    @SerializedName("ScreenshotImageTags")
    public @Nullable List<String> screenshotImageTags;
    @SerializedName("ParentLogoImageTag")
    public @Nullable String parentLogoImageTag;
    @SerializedName("ParentArtItemId")
    public @Nullable String parentArtItemId;
    @SerializedName("ParentArtImageTag")
    public @Nullable String parentArtImageTag;
    @SerializedName("SeriesThumbImageTag")
    public @Nullable String seriesThumbImageTag;
    @SerializedName("ImageBlurHashes")
    public @Nullable BaseItemDtoImageBlurHashes imageBlurHashes;
    @SerializedName("SeriesStudio")
    public @Nullable String seriesStudio;
    @SerializedName("ParentThumbItemId")
    public @Nullable String parentThumbItemId;
    @SerializedName("ParentThumbImageTag")
    public @Nullable String parentThumbImageTag;
    @SerializedName("ParentPrimaryImageItemId")
    public @Nullable String parentPrimaryImageItemId;
    @SerializedName("ParentPrimaryImageTag")
    public @Nullable String parentPrimaryImageTag;
    @SerializedName("Chapters")
    public @Nullable List<ChapterInfo> chapters;
    @SerializedName("Trickplay")
    public @Nullable Map<String, Map<String, TrickplayInfoDto>> trickplay;
    @SerializedName("LocationType")
    public @Nullable LocationType locationType;
    @SerializedName("IsoType")
    public @Nullable IsoType isoType;
    @SerializedName("MediaType")
    public @Nullable MediaType mediaType;
    @SerializedName("EndDate")
    public @Nullable OffsetDateTime endDate;
    @SerializedName("LockedFields")
    public @Nullable List<MetadataField> lockedFields;
    @SerializedName("TrailerCount")
    public @Nullable Integer trailerCount;
    @SerializedName("MovieCount")
    public @Nullable Integer movieCount;
    @SerializedName("SeriesCount")
    public @Nullable Integer seriesCount;
    @SerializedName("ProgramCount")
    public @Nullable Integer programCount;
    @SerializedName("EpisodeCount")
    public @Nullable Integer episodeCount;
    @SerializedName("SongCount")
    public @Nullable Integer songCount;
    @SerializedName("AlbumCount")
    public @Nullable Integer albumCount;
    @SerializedName("ArtistCount")
    public @Nullable Integer artistCount;
    @SerializedName("MusicVideoCount")
    public @Nullable Integer musicVideoCount;
    @SerializedName("LockData")
    public @Nullable Boolean lockData;
    @SerializedName("Width")
    public @Nullable Integer width;
    @SerializedName("Height")
    public @Nullable Integer height;
    @SerializedName("CameraMake")
    public @Nullable String cameraMake;
    @SerializedName("CameraModel")
    public @Nullable String cameraModel;
    @SerializedName("Software")
    public @Nullable String software;
    @SerializedName("ExposureTime")
    public @Nullable Double exposureTime;
    @SerializedName("FocalLength")
    public @Nullable Double focalLength;
    @SerializedName("ImageOrientation")
    public @Nullable ImageOrientation imageOrientation;
    @SerializedName("Aperture")
    public @Nullable Double aperture;
    @SerializedName("ShutterSpeed")
    public @Nullable Double shutterSpeed;
    @SerializedName("Latitude")
    public @Nullable Double latitude;
    @SerializedName("Longitude")
    public @Nullable Double longitude;
    @SerializedName("Altitude")
    public @Nullable Double altitude;
    @SerializedName("IsoSpeedRating")
    public @Nullable Integer isoSpeedRating;
    @SerializedName("SeriesTimerId")
    public @Nullable String seriesTimerId;
    @SerializedName("ProgramId")
    public @Nullable String programId;
    @SerializedName("ChannelPrimaryImageTag")
    public @Nullable String channelPrimaryImageTag;
    @SerializedName("StartDate")
    public @Nullable OffsetDateTime startDate;
    @SerializedName("CompletionPercentage")
    public @Nullable Double completionPercentage;
    @SerializedName("IsRepeat")
    public @Nullable Boolean isRepeat;
    @SerializedName("EpisodeTitle")
    public @Nullable String episodeTitle;
    @SerializedName("ChannelType")
    public @Nullable ChannelType channelType;
    @SerializedName("Audio")
    public @Nullable ProgramAudio audio;
    @SerializedName("IsMovie")
    public @Nullable Boolean isMovie;
    @SerializedName("IsSports")
    public @Nullable Boolean isSports;
    @SerializedName("IsSeries")
    public @Nullable Boolean isSeries;
    @SerializedName("IsLive")
    public @Nullable Boolean isLive;
    @SerializedName("IsNews")
    public @Nullable Boolean isNews;
    @SerializedName("IsKids")
    public @Nullable Boolean isKids;
    @SerializedName("IsPremiere")
    public @Nullable Boolean isPremiere;
    @SerializedName("TimerId")
    public @Nullable String timerId;
    @SerializedName("NormalizationGain")
    public @Nullable Float normalizationGain;
    @SerializedName("CurrentProgram")
    public @Nullable BaseItemDto currentProgram;

    /** The inline object BaseItemDtoImageBlurHashes of the spec. */
    public static class BaseItemDtoImageBlurHashes {
        @SerializedName("Primary")
        public @Nullable Map<String, String> primary;
        @SerializedName("Art")
        public @Nullable Map<String, String> art;
        @SerializedName("Backdrop")
        public @Nullable Map<String, String> backdrop;
        @SerializedName("Banner")
        public @Nullable Map<String, String> banner;
        @SerializedName("Logo")
        public @Nullable Map<String, String> logo;
        @SerializedName("Thumb")
        public @Nullable Map<String, String> thumb;
        @SerializedName("Disc")
        public @Nullable Map<String, String> disc;
        @SerializedName("Box")
        public @Nullable Map<String, String> box;
        @SerializedName("Screenshot")
        public @Nullable Map<String, String> screenshot;
        @SerializedName("Menu")
        public @Nullable Map<String, String> menu;
        @SerializedName("Chapter")
        public @Nullable Map<String, String> chapter;
        @SerializedName("BoxRear")
        public @Nullable Map<String, String> boxRear;
        @SerializedName("Profile")
        public @Nullable Map<String, String> profile;
    }
}
