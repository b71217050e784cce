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
package org.openhab.binding.jellyfin.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openhab.binding.jellyfin.internal.live.SessionsParser;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Every client channel's state, from sessions captured on real servers.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionProjectionTest {

    private static final String BASE = "http://nas:8096";

    @Test
    void pausedAudioSessionOfJellyfin109FillsEveryChannel() throws IOException {
        SessionState session = parse("[" + load("jellyfin-10.9.11_session_audio_multiscrobbler.json") + "]").get(0);
        Map<String, State> states = SessionProjection.project(session, session.playState().positionTicks(), null,
                BASE);

        assertEquals(PlayPauseType.PAUSE, states.get(CHANNEL_MEDIA_CONTROL));
        assertEquals(new StringType("PAUSED"), states.get(CHANNEL_PLAY_STATE));
        assertEquals(OnOffType.OFF, states.get(CHANNEL_MEDIA_STOP));
        assertEquals(new PercentType(61), states.get(CHANNEL_VOLUME));
        assertEquals(OnOffType.OFF, states.get(CHANNEL_MUTE));
        assertEquals(OnOffType.OFF, states.get(CHANNEL_MEDIA_SHUFFLE));
        assertEquals(new StringType("RepeatNone"), states.get(CHANNEL_MEDIA_REPEAT));
        assertEquals(new StringType("7648c5d1a50b1e03f225a2ce76baef07"), states.get(CHANNEL_PLAYING_ITEM_ID));
        assertEquals(new StringType("I GOT YOU"), states.get(CHANNEL_PLAYING_ITEM_NAME));
        assertEquals(new StringType("Audio"), states.get(CHANNEL_PLAYING_ITEM_TYPE));
        assertEquals(new StringType("TWICE"), states.get(CHANNEL_PLAYING_ITEM_ARTIST));
        assertEquals(new StringType("I GOT YOU"), states.get(CHANNEL_PLAYING_ITEM_ALBUM));
        assertEquals(new StringType("Pop"), states.get(CHANNEL_PLAYING_ITEM_GENRES));
        assertEquals(new DecimalType(2024), states.get(CHANNEL_PLAYING_ITEM_YEAR));
        assertEquals(new DecimalType(1), states.get(CHANNEL_PLAYING_ITEM_EPISODE));
        assertEquals(UnDefType.UNDEF, states.get(CHANNEL_PLAYING_ITEM_SEASON), "a track has no season");
        assertEquals(UnDefType.UNDEF, states.get(CHANNEL_PLAYING_ITEM_SERIES_NAME));
        assertEquals(new QuantityType<>(16, Units.SECOND), states.get(CHANNEL_PLAYING_ITEM_SECOND));
        assertEquals(new QuantityType<>(173, Units.SECOND), states.get(CHANNEL_PLAYING_ITEM_TOTAL_SECONDS));
        assertEquals(new PercentType(9), states.get(CHANNEL_PLAYING_ITEM_PERCENTAGE));
        assertEquals(new StringType(BASE + "/Items/7648c5d1a50b1e03f225a2ce76baef07/Images/Primary?tag="
                + "909f8ed25c11f7575842f09fb529e9d5"), states.get(CHANNEL_PLAYING_ITEM_IMAGE_URL));
        assertEquals(new StringType("alice"), states.get(CHANNEL_USER));
        assertTrue(states.get(CHANNEL_LAST_ACTIVITY) instanceof DateTimeType);
        assertEquals(UnDefType.UNDEF, states.get(CHANNEL_PLAYING_ITEM_WATCHED), "no user data in the session");
    }

    @Test
    void watchedStateFromUserDataWinsOverTheSession() throws IOException {
        SessionState session = parse("[" + load("jellyfin-10.9.11_session_audio_multiscrobbler.json") + "]").get(0);
        Map<String, State> states = SessionProjection.project(session, null, true, BASE);
        assertEquals(OnOffType.ON, states.get(CHANNEL_PLAYING_ITEM_WATCHED));
    }

    @Test
    void idleEmbySessionLeavesItemChannelsUndefined() throws IOException {
        SessionState session = parse(load("emby_sessions_idle_roku_markhahn.json")).get(0);
        Map<String, State> states = SessionProjection.project(session, null, null, BASE + "/emby");

        assertEquals(new StringType("STOPPED"), states.get(CHANNEL_PLAY_STATE));
        assertEquals(OnOffType.ON, states.get(CHANNEL_MEDIA_STOP));
        assertEquals(PlayPauseType.PAUSE, states.get(CHANNEL_MEDIA_CONTROL));
        for (String channel : List.of(CHANNEL_PLAYING_ITEM_ID, CHANNEL_PLAYING_ITEM_NAME, CHANNEL_PLAYING_ITEM_SECOND,
                CHANNEL_PLAYING_ITEM_PERCENTAGE, CHANNEL_PLAYING_ITEM_TOTAL_SECONDS, CHANNEL_PLAYING_ITEM_IMAGE_URL,
                CHANNEL_MEDIA_AUDIO_TRACK, CHANNEL_MEDIA_SUBTITLE)) {
            assertEquals(UnDefType.UNDEF, states.get(channel), channel);
        }
    }

    @Test
    void playingEmbyEpisodeShowsSeriesSeasonAndEpisode() throws IOException {
        SessionState session = parse(load("emby_sessions_playing_directplay_roku_markhahn.json")).stream()
                .filter(s -> s.nowPlayingItem() != null).findFirst().orElseThrow();
        Map<String, State> states = SessionProjection.project(session, session.playState().positionTicks(), null,
                BASE + "/emby");

        assertEquals(new StringType("PLAYING"), states.get(CHANNEL_PLAY_STATE));
        assertEquals(new StringType("Episode"), states.get(CHANNEL_PLAYING_ITEM_TYPE));
        assertNotEquals(UnDefType.UNDEF, states.get(CHANNEL_PLAYING_ITEM_SERIES_NAME));
        assertTrue(states.get(CHANNEL_PLAYING_ITEM_SEASON) instanceof DecimalType);
        assertTrue(states.get(CHANNEL_PLAYING_ITEM_EPISODE) instanceof DecimalType);
        assertTrue(states.get(CHANNEL_PLAYING_ITEM_PERCENTAGE) instanceof PercentType);
        State image = states.get(CHANNEL_PLAYING_ITEM_IMAGE_URL);
        assertTrue(image == null || image == UnDefType.UNDEF || image.toString().startsWith(BASE + "/emby/Items/"));
    }

    @Test
    void positionNeverShowsMoreThanTheWholeItem() {
        Map<String, State> states = SessionProjection.position(2_000_000_000L, 1_000_000_000L);
        assertEquals(PercentType.HUNDRED, states.get(CHANNEL_PLAYING_ITEM_PERCENTAGE));
    }

    private static List<SessionState> parse(String json) {
        return assertDoesNotThrow(() -> new SessionsParser().parseSessionList(json), "fixture does not parse");
    }

    private static String load(String name) throws IOException {
        try (InputStream in = SessionProjectionTest.class.getResourceAsStream("/fixtures/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
