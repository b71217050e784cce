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
    void whenAJellyfin109AudioSessionIsParsedThenItsIdentityIsRead() {
        SessionInfo s = JsonSupport.gson().fromJson(Fixtures.load("jellyfin-10.9.11_session_audio_multiscrobbler.json"),
                SessionInfo.class);
        assertEquals("9717105bdbdb30d25f7338997910a147", s.getId());
        assertEquals("Jellyfin Web", s.getClient());
        assertTrue(s.isActive());
        assertTrue(s.supportsRemoteControl());
    }

    @Test
    void whenEmbySessionsAreParsedThenPlayingAndIdleSessionsAreRead() {
        SessionInfo playing = sessions("emby_sessions_playing_directplay_roku_markhahn.json").get(0);
        assertEquals("Roku SG", playing.getClient());
        assertTrue(playing.isActive(), "Emby has no IsActive: a listed session counts as active");
        SessionInfo idle = sessions("emby_sessions_idle_roku_markhahn.json").get(0);
        assertEquals("Roku SG", idle.getClient());
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
        assertEquals("1ae8a43ed293456da28274f1a89cd2a5", Guids.normalize(String.valueOf(s.getUserId())));
    }

    @Test
    void whenOptionalFieldsAreMissingThenGettersReturnSafeDefaults() {
        SessionInfo minimal = sessions("spec_session_jellyfin_unknown_enums_dashed_guids.json").get(1);
        assertEquals("minimal-session", minimal.getId());
        assertEquals("", minimal.getDeviceId());
        assertEquals(List.of(), minimal.getSupportedCommands());
        assertFalse(minimal.supportsRemoteControl());
    }

    @Test
    void whenEmbySendsUserDataThenItIsRead() {
        UserItemData data = JsonSupport.gson().fromJson(Fixtures.load("spec_useritemdata_emby_compact_date.json"),
                UserItemData.class);
        assertTrue(data.isPlayed());
        assertTrue(data.isFavorite());
        assertEquals(3, data.getPlayCount());
    }

    @Test
    void whenADateIsMalformedThenThePayloadStillParses() {
        UserItemData data = JsonSupport.gson().fromJson("{\"LastPlayedDate\":\"yesterday\",\"Played\":true}",
                UserItemData.class);
        assertTrue(data.isPlayed());
    }

    @Test
    void whenAReportIsSerializedThenOnlySetFieldsAreSentInPascalCase() {
        PlaybackStartInfo info = new PlaybackStartInfo("12345");
        info.setPositionTicks(10L);
        info.setPlayMethod("DirectPlay");
        assertEquals("{\"ItemId\":\"12345\",\"PositionTicks\":10,\"PlayMethod\":\"DirectPlay\"}",
                JsonSupport.gson().toJson(info));
    }
}
