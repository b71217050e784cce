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
package org.openhab.binding.jellyfin.internal.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStartInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStopInfo;

/**
 * Every operation the client performs, built through one dialect with realistic ids and authorized as
 * the client would send it: the input of the contract tests.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class OperationCatalog {

    static final List<String> SEEDS = List.of("markPlayed", "markUnplayed", "onPlaybackStart", "onPlaybackProgress",
            "onPlaybackStopped", "pingSession", "reportPlaybackStart", "reportPlaybackProgress",
            "reportPlaybackStopped");

    static final ClientIdentity IDENTITY = new ClientIdentity("openHAB", "Living room \"openHAB\", 1st floor",
            "3f2b9c1e-openhab-bridge", "5.2.0");

    /** Ids as the servers send them: Jellyfin GUIDs without dashes, Emby numeric item ids. */
    record TestIds(String userId, String itemId, String otherItemId, String sessionId, String playSessionId,
            String mediaSourceId) {
    }

    static final TestIds JELLYFIN_IDS = new TestIds("4a7fd4b0c7d94c1f9fd2a4c3e21b6a77",
            "0b1c2d3e4f5a46b7889900aabbccddee", "1f2e3d4c5b6a47988776655443322110", "b7f1c3d2e5a64f8e9d0c1b2a3f4e5d6c",
            "c0ffee00c0ffee00c0ffee00c0ffee00", "0b1c2d3e4f5a46b7889900aabbccddee");
    static final TestIds EMBY_IDS = new TestIds("f9e8d7c6b5a44f3e8d2c1b0a9f8e7d6c", "12345", "12346",
            "4d1b3a2c9e8f7a6b5c4d3e2f1a0b9c8d", "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b", "12345");

    private OperationCatalog() {
    }

    static Map<String, ApiRequest> build(ServerDialect d, TestIds ids) throws JellyfinApiException {
        Credentials token = Credentials.userToken("0123456789abcdef0123456789abcdef", ids.userId());
        Map<String, ApiRequest> ops = new LinkedHashMap<>();
        String u = ids.userId();
        String i = ids.itemId();
        String s = ids.sessionId();
        ItemPlayback playback = new ItemPlayback(i, ids.mediaSourceId(), ids.playSessionId(), 1_230_000_000L, false);

        ops.put("systemInfoPublic", d.systemInfoPublic());
        ops.put("authenticateByName", d.authorize(d.authenticateByName("alice", "secret"), IDENTITY, null));
        ops.put("markPlayed", d.markPlayed(u, i, Instant.parse("2026-11-21T07:00:00Z")));
        ops.put("markPlayedWithoutDate", d.markPlayed(u, i, null));
        ops.put("markUnplayed", d.markUnplayed(u, i));
        ops.put("onPlaybackStart", d.onPlaybackStart(u, playback));
        ops.put("onPlaybackProgress", d.onPlaybackProgress(u,
                new ItemPlayback(i, ids.mediaSourceId(), ids.playSessionId(), 1_240_000_000L, true)));
        ops.put("onPlaybackStopped", d.onPlaybackStopped(u, playback));
        ops.put("onPlaybackStartItemOnly", d.onPlaybackStart(u, ItemPlayback.of(i)));
        ops.put("pingSession", d.pingSession(ids.playSessionId()));
        ops.put("reportPlaybackStart", d.reportPlaybackStart(startInfo(d, ids)));
        ops.put("reportPlaybackProgress", d.reportPlaybackProgress(startInfo(d, ids)));
        ops.put("reportPlaybackStopped", d.reportPlaybackStopped(stopInfo(d, ids)));
        ops.put("getSessions", d.getSessions(null, null, null));
        ops.put("getSessionsActive", d.getSessions(960, null, null));
        ops.put("getSessionsFiltered", d.getSessions(960, u, "android-1234/abc="));
        for (PlaystateCommand c : PlaystateCommand.values()) {
            ops.put("playstate" + c.wireName(), d.playstate(s, c, c == PlaystateCommand.SEEK ? 600_000_000L : null));
        }
        List<String> items = d.product() == ServerProduct.EMBY ? List.of(i) : List.of(i, ids.otherItemId());
        for (PlayCommand c : PlayCommand.values()) {
            ops.put("play" + c.wireName(), d.play(s, c, items, c == PlayCommand.PLAY_NOW ? 10_000_000L : null));
        }
        ops.put("commandMute", d.generalCommand(s, GeneralCommand.mute()));
        ops.put("commandUnmute", d.generalCommand(s, GeneralCommand.unmute()));
        ops.put("commandToggleMute", d.generalCommand(s, GeneralCommand.of("ToggleMute")));
        ops.put("commandSetVolume", d.generalCommand(s, GeneralCommand.setVolume(42)));
        ops.put("commandSetAudioStreamIndex", d.generalCommand(s, GeneralCommand.setAudioStreamIndex(2)));
        ops.put("commandSetSubtitleStreamIndex", d.generalCommand(s, GeneralCommand.setSubtitleStreamIndex(-1)));
        ops.put("commandSetRepeatMode", d.generalCommand(s, GeneralCommand.setRepeatMode("RepeatAll")));
        if (d.generalCommands().contains("SetShuffleQueue")) {
            ops.put("commandSetShuffleQueue", d.generalCommand(s, GeneralCommand.setShuffleQueue(true)));
        }
        ops.put("commandDisplayMessage", d.generalCommand(s,
                new GeneralCommand("DisplayMessage", Map.of("Header", "Door", "Text", "Ring", "TimeoutMs", "5000"))));
        ops.put("sendMessage", d.sendMessage(s, "Door bell", "Someone is at the door", 5000L));
        ops.put("postCapabilities", d.postCapabilities(s, new ClientCapabilities(List.of("Audio", "Video"),
                List.of("Play", "PlayState", "SetVolume"), true)));
        ops.put("getItem", d.getItem(u, i));
        ops.put("searchItems", d.searchItems(u, "abbey road", List.of("MusicAlbum", "Audio"), 10));
        ops.put("getUserData", d.getUserData(u, i));
        ops.put("getItems", d.getItems(u, List.of(i, ids.otherItemId())));
        ops.put("primaryImage", d.primaryImage(i, "26c3f00231652d41f2f5770ac09e02d2", 600));
        ops.put("primaryImageWithoutTag", d.primaryImage(i, null, 600));

        Map<String, ApiRequest> authorized = new LinkedHashMap<>();
        ops.forEach((name, request) -> authorized.put(name,
                request.headers().isEmpty() && !"systemInfoPublic".equals(name) ? d.authorize(request, IDENTITY, token)
                        : request));
        return authorized;
    }

    private static PlaybackStartInfo startInfo(ServerDialect d, TestIds ids) {
        PlaybackStartInfo info = new PlaybackStartInfo(ids.itemId());
        info.setMediaSourceId(ids.mediaSourceId());
        info.setPlaySessionId(ids.playSessionId());
        info.setPositionTicks(50_000_000L);
        info.setCanSeek(true);
        info.setIsPaused(false);
        info.setPlayMethod("DirectPlay");
        return info;
    }

    private static PlaybackStopInfo stopInfo(ServerDialect d, TestIds ids) {
        PlaybackStopInfo info = new PlaybackStopInfo(ids.itemId());
        info.setMediaSourceId(ids.mediaSourceId());
        info.setPlaySessionId(ids.playSessionId());
        info.setPositionTicks(60_000_000L);
        return info;
    }
}
