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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Field extraction of {@link SessionsParser} from real Jellyfin and Emby sessions and spec-shaped ones.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionsParserTest {

    private final SessionsParser parser = new SessionsParser();

    private List<SessionState> parse(String json) {
        return assertDoesNotThrow(() -> parser.parseSessionList(json));
    }

    private List<SessionState> severalSpec() {
        LiveMessage message = new MessageParser().parse(Fixtures.load("jellyfin_ws_Sessions_several_spec.json"));
        return assertInstanceOf(LiveMessage.Sessions.class, message).sessions();
    }

    @Test
    void whenJellyfin109SessionIsParsedThenEveryFieldIsExtracted() {
        List<SessionState> sessions = parse(
                Fixtures.asArray(Fixtures.load("jellyfin-10.9.11_session_audio_multiscrobbler.json")));
        assertEquals(1, sessions.size());
        SessionState s = sessions.get(0);
        assertEquals("9717105bdbdb30d25f7338997910a147", s.id());
        assertEquals("1ae8a43ed293456da28274f1a89cd2a5", s.userId());
        assertEquals("alice", s.userName());
        assertEquals("Jellyfin Web", s.client());
        assertEquals("Firefox", s.deviceName());
        assertTrue(s.deviceId().startsWith("TW96aWxsYS81LjAg"), s.deviceId());
        assertNull(s.deviceType());
        assertEquals("10.9.11", s.applicationVersion());
        assertEquals(Instant.parse("2024-10-15T13:36:46.6727027Z"), s.lastActivityDate());
        assertEquals(Instant.parse("2024-10-15T13:36:46.6727028Z"), s.lastPlaybackCheckIn());
        assertTrue(s.active());
        assertTrue(s.supportsRemoteControl());
        assertEquals(33, s.supportedCommands().size());
        assertTrue(s.supportsCommand("SetShuffleQueue"));
        assertEquals(Set.of("Audio", "Video"), s.playableMediaTypes());
        assertNull(s.playSessionId());
        assertEquals(PlayStatus.PAUSED, s.status());

        PlayState p = s.playState();
        assertEquals(160_960_000L, p.positionTicks());
        assertTrue(p.canSeek());
        assertTrue(p.paused());
        assertFalse(p.muted());
        assertEquals(61, p.volumeLevel());
        assertNull(p.audioStreamIndex());
        assertNull(p.subtitleStreamIndex());
        assertEquals("7648c5d1a50b1e03f225a2ce76baef07", p.mediaSourceId());
        assertEquals("DirectPlay", p.playMethod());
        assertEquals(PlayState.REPEAT_NONE, p.repeatMode());
        assertEquals("Default", p.playbackOrder());
        assertNull(p.shuffle());
        assertFalse(p.shuffled());

        NowPlayingItem item = s.nowPlayingItem();
        assertNotNull(item);
        assertEquals("7648c5d1a50b1e03f225a2ce76baef07", item.id());
        assertEquals("I GOT YOU", item.name());
        assertEquals("Audio", item.type());
        assertNull(item.seriesName());
        assertNull(item.seasonName());
        assertEquals(1, item.parentIndexNumber());
        assertEquals(1, item.indexNumber());
        assertEquals(1_732_702_040L, item.runTimeTicks());
        assertEquals(2024, item.productionYear());
        assertEquals("I GOT YOU", item.album());
        assertEquals("TWICE", item.albumArtist());
        assertEquals(List.of("TWICE"), item.artists());
        assertEquals(List.of("Pop"), item.genres());
        assertEquals(new PrimaryImage(item.id(), "909f8ed25c11f7575842f09fb529e9d5"), item.image());
        assertNull(item.played());
    }

    @Test
    void whenEmbySessionIsIdleThenItIsActiveAndStopped() {
        SessionState s = parse(Fixtures.load("emby_sessions_idle_roku_markhahn.json")).get(0);
        assertEquals("f1fd0596d93fc5ad959006d3cdafcc71", s.id());
        assertEquals("894c752d448f45a3a1260ccaabd0adff", s.userId());
        assertEquals("Roku SG", s.client());
        assertEquals("Roku Ultra", s.deviceName());
        assertEquals("9f53d43e-e5f7-5161-881a-d91843d0d372", s.deviceId(), "device ids are kept as sent");
        assertTrue(s.active(), "Emby has no IsActive: absent means active");
        assertEquals(Instant.parse("2025-01-08T18:51:40.2437172Z"), s.lastActivityDate());
        assertNull(s.lastPlaybackCheckIn());
        assertEquals(16, s.supportedCommands().size());
        assertEquals(Set.of("Audio", "Video", "Photo"), s.playableMediaTypes());
        assertEquals(PlayStatus.STOPPED, s.status());
        assertNull(s.nowPlayingItem());
        assertNull(s.playState().positionTicks());
        assertNull(s.playState().volumeLevel());
    }

    @Test
    void whenEmbySessionPlaysAnEpisodeThenItemAndPlayStateAreRead() {
        SessionState s = parse(Fixtures.load("emby_sessions_playing_directplay_roku_markhahn.json")).get(0);
        assertEquals(PlayStatus.PLAYING, s.status());
        PlayState p = s.playState();
        assertEquals(4_350_000_000L, p.positionTicks());
        assertEquals(1, p.audioStreamIndex());
        assertEquals(2, p.subtitleStreamIndex());
        assertEquals("d32472ba46a0cb977c224d5645307288", p.mediaSourceId());
        NowPlayingItem item = s.nowPlayingItem();
        assertNotNull(item);
        assertEquals("4785434", item.id(), "Emby's numeric ids are kept");
        assertEquals("XIV", item.name());
        assertEquals("Episode", item.type());
        assertEquals("The Old Man", item.seriesName());
        assertEquals("Season 2", item.seasonName());
        assertEquals(2, item.parentIndexNumber());
        assertEquals(7, item.indexNumber());
        assertEquals(2024, item.productionYear());
        assertEquals(new PrimaryImage("4785434", "00faefe9d7eae3580ee031cd44286e83"), item.image());
    }

    @Test
    void whenAnEpisodeHasNoImageOfItsOwnThenItsSeriesImageIsShown() {
        String text = replaced(Fixtures.load("emby_sessions_playing_directplay_roku_markhahn.json"),
                "\"Primary\": \"00faefe9d7eae3580ee031cd44286e83\"", "\"Thumb\": \"00\"");
        NowPlayingItem item = parse(text).get(0).nowPlayingItem();
        assertNotNull(item);
        assertEquals(new PrimaryImage("4692721", "26c3f00231652d41f2f5770ac09e02d2"), item.image());
    }

    @Test
    void whenATrackHasNoImageOfItsOwnThenItsAlbumImageIsShown() {
        String text = replaced(Fixtures.load("jellyfin-10.9.11_session_audio_multiscrobbler.json"),
                "\"ImageTags\": {\n      \"Primary\": \"909f8ed25c11f7575842f09fb529e9d5\"\n    }",
                "\"ImageTags\": {}");
        NowPlayingItem item = parse(Fixtures.asArray(text)).get(0).nowPlayingItem();
        assertNotNull(item);
        assertEquals(new PrimaryImage("53eadcbac2228cd0879469c12b9e8c0c", "a10d57593fa2ecbf430e3bfd39225700"),
                item.image());
    }

    /** The fixture with one part replaced; fails when the part is not in it. */
    private static String replaced(String text, String part, String replacement) {
        assertTrue(text.contains(part), "the fixture has " + part);
        return text.replace(part, replacement);
    }

    @Test
    void whenGuidsAreDashedOrUpperCaseThenTheyAreNormalised() {
        SessionState s = severalSpec().get(0);
        assertEquals("a1b2c3d4e5f647118899aabbccddeeff", s.id());
        assertEquals("08ca909f6d1044aa9930be392943948f", s.userId());
        assertEquals("0c4f8e9a1b2c3d4e5f60718293a4b5c6", s.playState().mediaSourceId());
        assertEquals("5b3e0c9faaaa4bbb8ccc0123456789ab", s.nowPlayingItemId());
    }

    @Test
    void whenEnumValuesAreUnknownThenTheyAreKeptAsStrings() {
        SessionState s = severalSpec().get(0);
        assertEquals("Teleport", s.playState().playMethod());
        assertEquals("RepeatEverythingTwice", s.playState().repeatMode());
        assertEquals("TvEpisodeOfTheFuture", s.nowPlayingItem().type());
        assertTrue(s.supportsCommand("FutureCommand"));
    }

    @Test
    void whenSpecSessionPlaysThenTopLevelFieldsWinOverCapabilities() {
        SessionState s = severalSpec().get(0);
        assertEquals(Set.of("SetVolume", "Mute", "Unmute", "FutureCommand"), s.supportedCommands());
        assertEquals(Set.of("Video", "Audio"), s.playableMediaTypes());
        assertEquals("Tv", s.deviceType());
        assertEquals(Instant.parse("2025-03-01T19:15:30.1234567Z"), s.lastActivityDate(), "offset applied");
        assertEquals(Instant.parse("2025-03-01T19:15:29.500Z"), s.lastPlaybackCheckIn());
        assertTrue(s.playState().shuffled());
        assertTrue(s.playState().muted());
        assertEquals(-1, s.playState().subtitleStreamIndex());
        assertEquals(Boolean.FALSE, s.nowPlayingItem().played());
        assertEquals(List.of(), s.nowPlayingItem().artists());
        assertEquals(List.of("Drama", "Mystery"), s.nowPlayingItem().genres());
    }

    @Test
    void whenOptionalFieldsAreAbsentThenDefaultsApply() {
        SessionState s = severalSpec().get(1);
        assertEquals("", s.userId());
        assertEquals("carol", s.userName());
        assertEquals("", s.applicationVersion());
        assertNull(s.lastActivityDate());
        assertTrue(s.active());
        assertFalse(s.supportsRemoteControl());
        assertEquals(Set.of(), s.supportedCommands());
        assertEquals(Set.of(), s.playableMediaTypes());
        assertSame(PlayState.EMPTY, s.playState());
        assertEquals(PlayStatus.STOPPED, s.status());
    }

    @Test
    void whenFieldsArePresentButNullThenTheyAreReadLikeAbsentOnes() {
        SessionState s = severalSpec().get(2);
        assertEquals("", s.userId());
        assertEquals("", s.userName());
        assertNull(s.deviceType());
        assertNull(s.nowPlayingItem());
        assertNull(s.playState().positionTicks());
        assertNull(s.playState().volumeLevel());
        assertFalse(s.active());
        assertEquals(PlayState.REPEAT_ALL, s.playState().repeatMode());
        assertEquals("play-session-42", s.playSessionId());
        assertEquals(Set.of("SetVolume", "DisplayMessage"), s.supportedCommands(), "from Capabilities");
        assertEquals(Set.of("Audio"), s.playableMediaTypes(), "from Capabilities");
    }

    @Test
    void whenPushesRepeatTheSameCommandListThenTheSessionsShareOneSet() {
        String json = Fixtures.asArray(Fixtures.load("jellyfin-10.9.11_session_audio_multiscrobbler.json"));
        SessionState first = parse(json).get(0);
        SessionState second = parse(json).get(0);
        assertSame(first.supportedCommands(), second.supportedCommands());
        assertSame(first.playableMediaTypes(), second.playableMediaTypes());
        assertThrows(UnsupportedOperationException.class, () -> first.supportedCommands().add("Hack"));
    }

    @Test
    void whenASessionHasNoIdThenItIsDropped() {
        assertEquals(3, severalSpec().size());
    }

    @Test
    void whenTheListIsEmptyThenNoSessionsAreReturned() {
        assertEquals(List.of(), parse("[]"));
        assertEquals(List.of(), parse(" [ null ] "));
    }

    @Test
    void whenGeneratedListIsParsedThenEverySessionAndEveryPlayingOneIsFound() {
        SessionsPayloadGenerator generator = new SessionsPayloadGenerator(7, 100);
        List<SessionState> sessions = parse(generator.sessionArray());
        assertEquals(100, sessions.size());
        assertEquals(generator.playingCount(), sessions.stream().filter(s -> s.nowPlayingItem() != null).count());
        assertTrue(generator.playingCount() > 5 && generator.playingCount() < 40, "about one in five plays");
    }
}
