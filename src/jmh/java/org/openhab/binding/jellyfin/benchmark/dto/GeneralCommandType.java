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
 * GeneralCommandType of the Jellyfin 10.11 OpenAPI spec. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public enum GeneralCommandType {
    @SerializedName("MoveUp")
    MOVE_UP,
    @SerializedName("MoveDown")
    MOVE_DOWN,
    @SerializedName("MoveLeft")
    MOVE_LEFT,
    @SerializedName("MoveRight")
    MOVE_RIGHT,
    @SerializedName("PageUp")
    PAGE_UP,
    @SerializedName("PageDown")
    PAGE_DOWN,
    @SerializedName("PreviousLetter")
    PREVIOUS_LETTER,
    @SerializedName("NextLetter")
    NEXT_LETTER,
    @SerializedName("ToggleOsd")
    TOGGLE_OSD,
    @SerializedName("ToggleContextMenu")
    TOGGLE_CONTEXT_MENU,
    @SerializedName("Select")
    SELECT,
    @SerializedName("Back")
    BACK,
    @SerializedName("TakeScreenshot")
    TAKE_SCREENSHOT,
    @SerializedName("SendKey")
    SEND_KEY,
    @SerializedName("SendString")
    SEND_STRING,
    @SerializedName("GoHome")
    GO_HOME,
    @SerializedName("GoToSettings")
    GO_TO_SETTINGS,
    @SerializedName("VolumeUp")
    VOLUME_UP,
    @SerializedName("VolumeDown")
    VOLUME_DOWN,
    @SerializedName("Mute")
    MUTE,
    @SerializedName("Unmute")
    UNMUTE,
    @SerializedName("ToggleMute")
    TOGGLE_MUTE,
    @SerializedName("SetVolume")
    SET_VOLUME,
    @SerializedName("SetAudioStreamIndex")
    SET_AUDIO_STREAM_INDEX,
    @SerializedName("SetSubtitleStreamIndex")
    SET_SUBTITLE_STREAM_INDEX,
    @SerializedName("ToggleFullscreen")
    TOGGLE_FULLSCREEN,
    @SerializedName("DisplayContent")
    DISPLAY_CONTENT,
    @SerializedName("GoToSearch")
    GO_TO_SEARCH,
    @SerializedName("DisplayMessage")
    DISPLAY_MESSAGE,
    @SerializedName("SetRepeatMode")
    SET_REPEAT_MODE,
    @SerializedName("ChannelUp")
    CHANNEL_UP,
    @SerializedName("ChannelDown")
    CHANNEL_DOWN,
    @SerializedName("Guide")
    GUIDE,
    @SerializedName("ToggleStats")
    TOGGLE_STATS,
    @SerializedName("PlayMediaSource")
    PLAY_MEDIA_SOURCE,
    @SerializedName("PlayTrailers")
    PLAY_TRAILERS,
    @SerializedName("SetShuffleQueue")
    SET_SHUFFLE_QUEUE,
    @SerializedName("PlayState")
    PLAY_STATE,
    @SerializedName("PlayNext")
    PLAY_NEXT,
    @SerializedName("ToggleOsdMenu")
    TOGGLE_OSD_MENU,
    @SerializedName("Play")
    PLAY,
    @SerializedName("SetMaxStreamingBitrate")
    SET_MAX_STREAMING_BITRATE,
    @SerializedName("SetPlaybackOrder")
    SET_PLAYBACK_ORDER;
}
