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
import static org.openhab.binding.jellyfin.internal.live.SessionChange.Fact.*;
import static org.openhab.binding.jellyfin.internal.live.SessionEvent.*;
import static org.openhab.binding.jellyfin.internal.live.SessionStateBuilder.T0;
import static org.openhab.binding.jellyfin.internal.live.SessionStateBuilder.session;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.live.SessionChange.Fact;

/**
 * Facts and events {@link SessionDiff} derives from two snapshots.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionDiffTest {

    private static final String ID = "9717105bdbdb30d25f7338997910a147";
    private static final long SECOND = 10_000_000L;

    private final SessionDiff diff = new SessionDiff();

    private static SessionSnapshot snapshot(Instant at, SessionState... sessions) {
        return SessionSnapshot.of(List.of(sessions), at);
    }

    private SessionChange only(SessionState before, SessionState after, Duration elapsed) {
        DiffResult result = diff.diff(snapshot(T0, before), snapshot(T0.plus(elapsed), after));
        assertEquals(1, result.changes().size(), () -> "changes: " + result.changes());
        SessionChange change = result.forSession(ID);
        assertNotNull(change);
        return change;
    }

    private SessionChange only(SessionState before, SessionState after) {
        return only(before, after, Duration.ofSeconds(1));
    }

    @Test
    void whenTheSamePushArrivesAgainThenNothingChanged() {
        SessionState playing = session(ID).playing("item1", 100 * SECOND).build();
        SessionState copy = session(ID).playing("item1", 100 * SECOND).build();
        DiffResult result = diff.diff(snapshot(T0, playing), snapshot(T0.plusSeconds(5), copy));
        assertTrue(result.isEmpty(), () -> "changes: " + result.changes());
    }

    @Test
    void whenTheCapturedSessionIsParsedTwiceThenNothingChanged() {
        String json = Fixtures.asArray(Fixtures.load("jellyfin-10.9.11_session_audio_multiscrobbler.json"));
        SessionsParser parser = new SessionsParser();
        SessionSnapshot first = snapshot(T0, assertDoesNotThrow(() -> parser.parseSessionList(json)).get(0));
        SessionSnapshot second = snapshot(T0.plusSeconds(2),
                assertDoesNotThrow(() -> parser.parseSessionList(json)).get(0));
        assertTrue(diff.diff(first, second).isEmpty());
    }

    @Test
    void whenASessionAppearsThenEveryFactAndTheAppearedEventAreReported() {
        SessionState idle = session(ID).build();
        DiffResult result = diff.diff(SessionSnapshot.EMPTY, snapshot(T0, idle));
        SessionChange change = result.forSession(ID);
        assertNotNull(change);
        assertNull(change.previous());
        assertSame(idle, change.current());
        assertEquals(EnumSet.allOf(Fact.class), change.facts());
        assertEquals(Set.of(SESSION_APPEARED), change.events());
    }

    @Test
    void whenAPlayingSessionAppearsThenPlaybackStartedToo() {
        SessionState playing = session(ID).playing("item1", 0).build();
        SessionChange change = diff.diff(SessionSnapshot.EMPTY, snapshot(T0, playing)).forSession(ID);
        assertNotNull(change);
        assertEquals(List.of(SESSION_APPEARED, PLAYBACK_STARTED), List.copyOf(change.events()));
    }

    @Test
    void whenAPlayingSessionDisappearsThenPlaybackStoppedAndDisappeared() {
        SessionState playing = session(ID).playing("item1", 0).build();
        SessionChange change = diff.diff(snapshot(T0, playing), snapshot(T0.plusSeconds(1))).forSession(ID);
        assertNotNull(change);
        assertSame(playing, change.previous());
        assertNull(change.current());
        assertEquals(EnumSet.allOf(Fact.class), change.facts());
        assertEquals(List.of(PLAYBACK_STOPPED, SESSION_DISAPPEARED), List.copyOf(change.events()));
    }

    @Test
    void whenAnIdleSessionDisappearsThenOnlyDisappeared() {
        SessionChange change = diff.diff(snapshot(T0, session(ID).build()), SessionSnapshot.of(List.of(), T0))
                .forSession(ID);
        assertNotNull(change);
        assertEquals(Set.of(SESSION_DISAPPEARED), change.events());
    }

    @Test
    void whenPlaybackStartsThenStateItemPositionAndStartedAreReported() {
        SessionChange change = only(session(ID).build(), session(ID).playing("item1", 0).build());
        assertEquals(EnumSet.of(PLAY_STATE, ITEM, POSITION, CAN_SEEK, PLAY_METHOD), change.facts());
        assertEquals(Set.of(PLAYBACK_STARTED), change.events());
    }

    @Test
    void whenPlaybackStopsThenStoppedIsReported() {
        SessionChange change = only(session(ID).playing("item1", 50 * SECOND).build(), session(ID).build());
        assertEquals(EnumSet.of(PLAY_STATE, ITEM, POSITION, CAN_SEEK, PLAY_METHOD), change.facts());
        assertEquals(Set.of(PLAYBACK_STOPPED), change.events());
    }

    @Test
    void whenPlaybackPausesThenPausedIsReported() {
        SessionChange change = only(session(ID).playing("item1", 50 * SECOND).build(),
                session(ID).playing("item1", 50 * SECOND).paused(true).build());
        assertEquals(EnumSet.of(PLAY_STATE), change.facts());
        assertEquals(Set.of(PAUSED), change.events());
    }

    @Test
    void whenPlaybackResumesThenResumedIsReported() {
        SessionChange change = only(session(ID).playing("item1", 50 * SECOND).paused(true).build(),
                session(ID).playing("item1", 50 * SECOND).build());
        assertEquals(EnumSet.of(PLAY_STATE), change.facts());
        assertEquals(Set.of(RESUMED), change.events());
    }

    @Test
    void whenTheItemChangesWhilePlayingThenItemChangedIsReported() {
        SessionChange change = only(session(ID).playing("item1", 3000 * SECOND).build(),
                session(ID).playing("item2", 0).build());
        assertEquals(EnumSet.of(ITEM, POSITION), change.facts());
        assertEquals(Set.of(ITEM_CHANGED), change.events());
    }

    @Test
    void whenPositionAdvancesWithElapsedTimeThenOnlyPositionChanged() {
        SessionChange change = only(session(ID).playing("item1", 100 * SECOND).build(),
                session(ID).playing("item1", 110 * SECOND).checkIn(T0.plusSeconds(10)).build(),
                Duration.ofSeconds(10));
        assertEquals(EnumSet.of(POSITION, LAST_ACTIVITY), change.facts());
        assertEquals(Set.of(), change.events());
    }

    @Test
    void whenPositionJumpsForwardBeyondElapsedTimeThenSeeked() {
        SessionChange change = only(session(ID).playing("item1", 100 * SECOND).build(),
                session(ID).playing("item1", 600 * SECOND).checkIn(T0.plusSeconds(2)).build(),
                Duration.ofSeconds(2));
        assertEquals(Set.of(SEEKED), change.events());
    }

    @Test
    void whenPositionJumpsBackwardThenSeeked() {
        SessionChange change = only(session(ID).playing("item1", 100 * SECOND).build(),
                session(ID).playing("item1", 90 * SECOND).checkIn(T0.plusSeconds(1)).build());
        assertEquals(Set.of(SEEKED), change.events());
    }

    @Test
    void whenPositionJumpsWhilePausedThenSeeked() {
        SessionChange change = only(session(ID).playing("item1", 100 * SECOND).paused(true).build(),
                session(ID).playing("item1", 105 * SECOND).paused(true).checkIn(T0.plusSeconds(5)).build(),
                Duration.ofSeconds(5));
        assertEquals(Set.of(SEEKED), change.events());
    }

    @Test
    void whenThePositionSampleIsOlderThanThePushThenCheckInTimesExplainTheJump() {
        // pushed 30 s apart, but the client reported its position 10 s apart: no seek
        SessionChange change = only(session(ID).playing("item1", 100 * SECOND).build(),
                session(ID).playing("item1", 110 * SECOND).checkIn(T0.plusSeconds(10)).build(),
                Duration.ofSeconds(30));
        assertEquals(Set.of(), change.events());
    }

    @Test
    void whenNoServerTimesAreKnownThenReceiveTimesAreUsed() {
        SessionState before = session(ID).playing("item1", 100 * SECOND).noCheckIn().lastActivity(null).build();
        SessionState normal = session(ID).playing("item1", 120 * SECOND).noCheckIn().lastActivity(null).build();
        assertEquals(Set.of(), only(before, normal, Duration.ofSeconds(20)).events());
        assertEquals(Set.of(SEEKED), only(before, normal, Duration.ofSeconds(5)).events());
    }

    @Test
    void whenSeekThresholdIsConfiguredThenSmallerJumpsAreSeeksToo() {
        SessionDiff strict = new SessionDiff(Duration.ofMillis(500));
        SessionState before = session(ID).playing("item1", 100 * SECOND).build();
        SessionState after = session(ID).playing("item1", 102 * SECOND).checkIn(T0.plusSeconds(1)).build();
        DiffResult result = strict.diff(snapshot(T0, before), snapshot(T0.plusSeconds(1), after));
        assertEquals(Set.of(SEEKED), result.changes().get(0).events());
        assertEquals(Set.of(), only(before, after).events(), "within the default 3 s");
    }

    @Test
    void whenVolumeChangesThenOnlyVolumeIsReported() {
        SessionChange change = only(session(ID).volume(30).build(), session(ID).volume(31).build());
        assertEquals(EnumSet.of(VOLUME), change.facts());
        assertEquals(Set.of(), change.events());
    }

    @Test
    void whenMuteChangesThenOnlyMutedIsReported() {
        SessionChange change = only(session(ID).build(), session(ID).muted(true).build());
        assertEquals(EnumSet.of(MUTED), change.facts());
        assertEquals(Set.of(), change.events());
    }

    @Test
    void whenRepeatShuffleAndTracksChangeThenEachFactIsReported() {
        SessionChange change = only(session(ID).build(),
                session(ID).repeat(PlayState.REPEAT_ONE).order("Shuffle").audio(2).subtitle(-1).build());
        assertEquals(EnumSet.of(REPEAT, SHUFFLE, AUDIO_TRACK, SUBTITLE), change.facts());
    }

    @Test
    void whenUserDeviceActivityAndCommandsChangeThenEachFactIsReported() {
        SessionChange change = only(session(ID).build(),
                session(ID).user("08ca909f6d1044aa9930be392943948f", "bob").device("device-2", "Chrome", "Web")
                        .active(false).lastActivity(T0.plusSeconds(9)).commands(Set.of("Mute")).build());
        assertEquals(EnumSet.of(USER, DEVICE, ACTIVE, LAST_ACTIVITY, SUPPORTED_COMMANDS), change.facts());
    }

    @Test
    void whenTheLoadedItemBecomesPlayedThenWatchedIsReported() {
        SessionChange change = only(
                session(ID).playing("item1", 100 * SECOND).item(SessionStateBuilder.item("item1", false)).build(),
                session(ID).playing("item1", 100 * SECOND).item(SessionStateBuilder.item("item1", true)).build());
        assertEquals(EnumSet.of(Fact.WATCHED), change.facts());
        assertEquals(Set.of(SessionEvent.WATCHED), change.events());
    }

    @Test
    void whenSessionsAreListedThenUnchangedOnesAreLeftOut() {
        SessionState a = session("a").build();
        SessionState b = session("b").volume(10).build();
        SessionState c = session("c").build();
        DiffResult result = diff.diff(snapshot(T0, a, b), snapshot(T0.plusSeconds(1), session("a").build(),
                session("b").volume(20).build(), c));
        assertEquals(List.of("b", "c"), result.changes().stream().map(SessionChange::sessionId).toList());
    }
}
