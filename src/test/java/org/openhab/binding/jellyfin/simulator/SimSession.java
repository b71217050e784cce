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
package org.openhab.binding.jellyfin.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One server-side session with its player state. Mutated only under the {@link SimState} lock;
 * rendered to JSON by {@link SessionJson}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimSession {
    /** The commands a typical remote-controllable client announces. */
    public static final List<String> DEFAULT_COMMANDS = List.of("MoveUp", "MoveDown", "MoveLeft", "MoveRight",
            "Select", "Back", "GoHome", "VolumeUp", "VolumeDown", "Mute", "Unmute", "ToggleMute", "SetVolume",
            "SetAudioStreamIndex", "SetSubtitleStreamIndex", "DisplayMessage", "SetRepeatMode", "SetShuffleQueue",
            "PlayState", "PlayNext", "PlayMediaSource", "Play");

    final String id;
    final @Nullable String userId;
    final @Nullable String userName;
    final String client;
    final String deviceName;
    final String deviceId;
    final String appVersion;
    final boolean scripted;
    /** Users who joined the session besides its own (SessionInfo.AdditionalUsers). */
    final List<SimUser> additionalUsers = new ArrayList<>();
    boolean supportsRemoteControl;
    List<String> supportedCommands;
    List<String> playableMediaTypes = List.of("Audio", "Video");
    boolean socketConnected;
    Instant lastActivity;
    @Nullable
    Instant lastPaused;
    @Nullable
    String nowPlayingItemId;
    List<String> queue = new ArrayList<>();
    int queueIndex;
    long positionTicks;
    boolean canSeek = true;
    boolean paused;
    boolean muted;
    int volumeLevel = 100;
    String repeatMode = "RepeatNone";
    boolean shuffle;
    @Nullable
    Integer audioStreamIndex;
    @Nullable
    Integer subtitleStreamIndex;
    String playMethod = "DirectPlay";
    @Nullable
    String playSessionId;
    @Nullable
    String lastMessage;

    SimSession(String id, @Nullable SimUser user, String client, String deviceName, String deviceId,
            String appVersion, boolean scripted, boolean supportsRemoteControl, List<String> supportedCommands,
            Instant now) {
        this.id = id;
        this.userId = user == null ? null : user.id();
        this.userName = user == null ? null : user.name();
        this.client = client;
        this.deviceName = deviceName;
        this.deviceId = deviceId;
        this.appVersion = appVersion;
        this.scripted = scripted;
        this.supportsRemoteControl = supportsRemoteControl;
        this.supportedCommands = new ArrayList<>(supportedCommands);
        this.lastActivity = now;
    }

    public String id() {
        return id;
    }

    public @Nullable String userId() {
        return userId;
    }

    public String deviceId() {
        return deviceId;
    }

    public String deviceName() {
        return deviceName;
    }

    public String client() {
        return client;
    }

    /** @return true for sessions driven by the test script, false for sessions of HTTP/WebSocket clients */
    public boolean isScripted() {
        return scripted;
    }

    public @Nullable String nowPlayingItemId() {
        return nowPlayingItemId;
    }

    public long positionTicks() {
        return positionTicks;
    }

    public boolean isPaused() {
        return paused;
    }

    public boolean isMuted() {
        return muted;
    }

    public int volumeLevel() {
        return volumeLevel;
    }

    public String repeatMode() {
        return repeatMode;
    }

    public boolean shuffle() {
        return shuffle;
    }

    public List<String> queue() {
        return List.copyOf(queue);
    }

    public @Nullable Integer audioStreamIndex() {
        return audioStreamIndex;
    }

    public @Nullable Integer subtitleStreamIndex() {
        return subtitleStreamIndex;
    }

    /** @return the text of the last message displayed on this (scripted) client, or null */
    public @Nullable String lastMessage() {
        return lastMessage;
    }

    boolean isPlaying() {
        return nowPlayingItemId != null;
    }

    boolean belongsTo(@Nullable String someUserId) {
        return someUserId != null && someUserId.equals(userId);
    }

    /** As the servers' SessionInfo.ContainsUser: the session's own user or one of its additional users. */
    boolean containsUser(@Nullable String someUserId) {
        return belongsTo(someUserId) || additionalUsers.stream().anyMatch(u -> u.id().equals(someUserId));
    }

    void clearPlayback() {
        nowPlayingItemId = null;
        queue = new ArrayList<>();
        queueIndex = 0;
        positionTicks = 0;
        paused = false;
        playSessionId = null;
        audioStreamIndex = null;
        subtitleStreamIndex = null;
    }
}
