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

import java.time.Instant;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One session as the binding sees it: the fields of a Jellyfin or Emby {@code SessionInfo} it needs,
 * nothing else. Ids (session, user, item, media source) are normalised GUIDs (see {@link Guids});
 * the device id is kept as the client sent it. Absent or null fields are: empty strings for the
 * identity strings, null for optional values, empty sets, {@link PlayState#EMPTY}, and {@code active}
 * true (Emby does not send {@code IsActive}).
 *
 * @param id session id
 * @param userId user id; empty for sessions without a user
 * @param userName user name
 * @param client client application name
 * @param deviceName device name
 * @param deviceId device id, as sent
 * @param deviceType device type, if sent (Emby)
 * @param applicationVersion client version
 * @param lastActivityDate last activity of the session
 * @param lastPlaybackCheckIn last playback report (Jellyfin): the time {@code PositionTicks} was sampled
 * @param active {@code IsActive}; true when absent
 * @param supportsRemoteControl whether the session can be controlled
 * @param supportedCommands general commands the client accepts (top-level, else from Capabilities)
 * @param playableMediaTypes media types the client plays (top-level, else from Capabilities)
 * @param nowPlayingItem the loaded item; null when nothing is playing
 * @param playState the player state
 * @param playSessionId the play session id, if the server sent one
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record SessionState(String id, String userId, String userName, String client, String deviceName,
        String deviceId, @Nullable String deviceType, String applicationVersion, @Nullable Instant lastActivityDate,
        @Nullable Instant lastPlaybackCheckIn, boolean active, boolean supportsRemoteControl,
        Set<String> supportedCommands, Set<String> playableMediaTypes, @Nullable NowPlayingItem nowPlayingItem,
        PlayState playState, @Nullable String playSessionId) {

    /**
     * @return STOPPED without an item, else PAUSED or PLAYING
     */
    public PlayStatus status() {
        if (nowPlayingItem == null) {
            return PlayStatus.STOPPED;
        }
        return playState.paused() ? PlayStatus.PAUSED : PlayStatus.PLAYING;
    }

    /**
     * @return the id of the loaded item, or null when nothing is playing
     */
    public @Nullable String nowPlayingItemId() {
        NowPlayingItem item = nowPlayingItem;
        return item == null ? null : item.id();
    }

    /**
     * @return whether the client announced support for a general command (e.g. "SetVolume")
     */
    public boolean supportsCommand(String command) {
        return supportedCommands.contains(command);
    }
}
