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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.api.Fixtures;
import org.openhab.binding.jellyfin.internal.api.Guids;

import com.google.gson.reflect.TypeToken;

/**
 * Real and spec-shaped payloads parse into the DTOs; unknown fields and enum values never fail a payload.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class DtoParsingTest {

    private static List<SessionInfo> sessions(String fixture) {
        List<SessionInfo> list = JsonSupport.gson().fromJson(Fixtures.load(fixture),
                new TypeToken<List<SessionInfo>>() {
                }.getType());
        assertNotNull(list);
        return list;
    }

    @Test
    void whenAJellyfin109AudioSessionIsParsedThenItsPlayStateAndItemAreRead() {
        SessionInfo s = JsonSupport.gson().fromJson(Fixtures.load("jellyfin-10.9.11_session_audio_multiscrobbler.json"),
                SessionInfo.class);
        assertEquals("9717105bdbdb30d25f7338997910a147", s.getId());
        assertEquals("Jellyfin Web", s.getClient());
        assertTrue(s.isActive());
        assertTrue(s.supportsRemoteControl());
        assertEquals(Instant.parse("2024-10-15T13:36:46.6727027Z"), s.getLastActivityDate());
        PlayerState ps = s.getPlayState();
        assertNotNull(ps);
        assertEquals(160_960_000L, ps.getPositionTicks());
        assertTrue(ps.isPaused());
        assertEquals(61, ps.getVolumeLevel());
        assertEquals(RepeatMode.REPEAT_NONE, ps.getRepeatMode());
        assertFalse(ps.isShuffled());
        BaseItem item = s.getNowPlayingItem();
        assertNotNull(item);
        assertEquals("I GOT YOU", item.getName());
        assertEquals("Audio", item.getType());
        assertEquals(List.of("TWICE"), item.getArtists());
        assertEquals(1_732_702_040L, item.getRunTimeTicks());
    }

    @Test
    void whenEmbySessionsAreParsedThenPlayingAndIdleSessionsAreRead() {
        SessionInfo playing = sessions("emby_sessions_playing_directplay_roku_markhahn.json").get(0);
        assertEquals("Roku SG", playing.getClient());
        assertTrue(playing.isActive(), "Emby has no IsActive: a listed session counts as active");
        BaseItem item = playing.getNowPlayingItem();
        assertNotNull(item);
        assertEquals("4785434", item.getId());
        assertEquals("The Old Man", item.getSeriesName());
        assertEquals(2, item.getParentIndexNumber());
        PlayerState ps = playing.getPlayState();
        assertNotNull(ps);
        assertEquals(4_350_000_000L, ps.getPositionTicks());
        assertEquals(2, ps.getSubtitleStreamIndex());

        SessionInfo idle = sessions("emby_sessions_idle_roku_markhahn.json").get(0);
        assertNull(idle.getNowPlayingItem());
        PlayerState idleState = idle.getPlayState();
        assertNotNull(idleState);
        assertNull(idleState.getPositionTicks());
    }

    @Test
    void whenALoginAnswerIsParsedThenTokenUserAndSessionAreRead() {
        AuthenticationResult r = JsonSupport.gson().fromJson(
                Fixtures.load("jellyfin-10.8.10_authenticatebyname_sessioninfo_demo_jellyash.json"),
                AuthenticationResult.class);
        assertEquals("2359d1cc781b78913b18be1bcdedc359", r.getAccessToken());
        assertEquals("a076a5bfc9034f379f5889bc6dafc77b", r.getUserId());
        UserDto user = r.getUser();
        assertNotNull(user);
        assertFalse(user.isAdministrator());
        SessionInfo session = r.getSessionInfo();
        assertNotNull(session);
        assertEquals("a2980d1680147855f0734928b80ee7d0", session.getId());
        assertFalse(r.toString().contains(r.getAccessToken()), "toString never shows the token");
    }

    @Test
    void whenEnumValuesAreUnknownAndGuidsDashedThenThePayloadStillParses() {
        List<SessionInfo> list = sessions("spec_session_jellyfin_unknown_enums_dashed_guids.json");
        SessionInfo s = list.get(0);
        PlayerState ps = s.getPlayState();
        assertNotNull(ps);
        assertEquals(RepeatMode.UNKNOWN, ps.getRepeatMode());
        assertTrue(ps.isShuffled());
        assertEquals("SomeFutureMethod", ps.getPlayMethod());
        assertEquals("1ae8a43ed293456da28274f1a89cd2a5", Guids.normalize(String.valueOf(s.getUserId())));
        BaseItem item = s.getNowPlayingItem();
        assertNotNull(item);
        assertTrue(Guids.same("7648c5d1a50b1e03f225a2ce76baef07", item.getId()));
        assertEquals(Instant.parse("2026-11-21T07:00:00.1234567Z"), s.getLastActivityDate());
    }

    @Test
    void whenOptionalFieldsAreMissingThenGettersReturnSafeDefaults() {
        SessionInfo minimal = sessions("spec_session_jellyfin_unknown_enums_dashed_guids.json").get(1);
        assertEquals("minimal-session", minimal.getId());
        assertEquals("", minimal.getDeviceId());
        assertEquals(List.of(), minimal.getSupportedCommands());
        assertFalse(minimal.supportsRemoteControl());
        assertNull(minimal.getPlayState());
        assertNull(minimal.getLastActivityDate());
    }

    @Test
    void whenEmbyWritesACompactDateThenItIsReadAsUtc() {
        UserItemData data = JsonSupport.gson().fromJson(Fixtures.load("spec_useritemdata_emby_compact_date.json"),
                UserItemData.class);
        assertTrue(data.isPlayed());
        assertTrue(data.isFavorite());
        assertEquals(3, data.getPlayCount());
        assertEquals(Instant.parse("2026-11-21T07:00:00Z"), data.getLastPlayedDate());
    }

    @Test
    void whenADateIsMalformedThenItBecomesNullInsteadOfFailing() {
        UserItemData data = JsonSupport.gson().fromJson("{\"LastPlayedDate\":\"yesterday\",\"Played\":true}",
                UserItemData.class);
        assertNull(data.getLastPlayedDate());
        assertTrue(data.isPlayed());
    }

    @Test
    void whenServerDatesVaryThenEachFormIsParsed() {
        Instant expected = Instant.parse("2026-11-21T07:00:00Z");
        assertEquals(expected, ServerDates.parse("2026-11-21T07:00:00.0000000Z"));
        assertEquals(expected, ServerDates.parse("2026-11-21T07:00:00Z"));
        assertEquals(expected, ServerDates.parse("2026-11-21T08:00:00+01:00"));
        assertEquals(expected, ServerDates.parse("2026-11-21T07:00:00"));
        assertEquals(expected, ServerDates.parse("20261121070000"));
        assertEquals("20261121070000", ServerDates.formatEmby(expected));
        assertNull(ServerDates.parse(""));
    }

    @Test
    void whenAReportIsSerializedThenOnlySetFieldsAreSentInPascalCase() {
        PlaybackStartInfo info = new PlaybackStartInfo("12345");
        info.setPositionTicks(10L);
        info.setRepeatMode(RepeatMode.REPEAT_ONE);
        assertEquals("{\"ItemId\":\"12345\",\"PositionTicks\":10,\"RepeatMode\":\"RepeatOne\"}",
                JsonSupport.gson().toJson(info));
    }
}
