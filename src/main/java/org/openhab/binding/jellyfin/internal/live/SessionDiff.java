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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.live.SessionChange.Fact;

/**
 * Compares two snapshots session by session and yields exactly the facts that changed and the events
 * that explain them. Pure and thread-safe; costs a few field comparisons per unchanged session.
 * <p>
 * Seek detection: while the same item stays loaded, the position is expected to advance by the time
 * between the two position samples when the older state was playing (not at all when paused). A
 * deviation above the threshold, forward or backward, is a {@link SessionEvent#SEEKED}. The sample time
 * is Jellyfin's {@code LastPlaybackCheckIn} when both states have it, else {@code LastActivityDate}
 * when both have it (Emby), else the snapshots' receive times; positions that did not change are
 * never a seek (pushes caused by other sessions repeat the old position).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SessionDiff {

    /** Default seek threshold: 3 s beyond the expected position. */
    public static final Duration DEFAULT_SEEK_THRESHOLD = Duration.ofSeconds(3);

    private static final long TICKS_PER_MILLI = 10_000L;
    private static final Set<Fact> ALL_FACTS = Collections.unmodifiableSet(EnumSet.allOf(Fact.class));
    private static final Fact[] FACTS = Fact.values();

    private final long seekThresholdTicks;

    public SessionDiff() {
        this(DEFAULT_SEEK_THRESHOLD);
    }

    /**
     * @param seekThreshold how far the position may deviate from the expected one before it counts as a seek
     */
    public SessionDiff(Duration seekThreshold) {
        this.seekThresholdTicks = seekThreshold.toMillis() * TICKS_PER_MILLI;
    }

    /**
     * @param previous the older snapshot ({@link SessionSnapshot#EMPTY} at start)
     * @param current the newer snapshot
     */
    public DiffResult diff(SessionSnapshot previous, SessionSnapshot current) {
        List<SessionChange> changes = new ArrayList<>();
        for (SessionState now : current.sessions()) {
            SessionState before = previous.get(now.id());
            if (before == null) {
                changes.add(appeared(now));
            } else {
                SessionChange change = compare(before, now, previous.receivedAt(), current.receivedAt());
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        if (previous.size() > 0) {
            for (SessionState before : previous.sessions()) {
                if (current.get(before.id()) == null) {
                    changes.add(disappeared(before));
                }
            }
        }
        return new DiffResult(previous, current, changes);
    }

    private static SessionChange appeared(SessionState now) {
        Set<SessionEvent> events = EnumSet.of(SessionEvent.SESSION_APPEARED);
        if (now.status() != PlayStatus.STOPPED) {
            events.add(SessionEvent.PLAYBACK_STARTED);
        }
        return new SessionChange(now.id(), null, now, ALL_FACTS, Collections.unmodifiableSet(events));
    }

    private static SessionChange disappeared(SessionState before) {
        Set<SessionEvent> events = EnumSet.of(SessionEvent.SESSION_DISAPPEARED);
        if (before.status() != PlayStatus.STOPPED) {
            events.add(SessionEvent.PLAYBACK_STOPPED);
        }
        return new SessionChange(before.id(), before, null, ALL_FACTS, Collections.unmodifiableSet(events));
    }

    private @Nullable SessionChange compare(SessionState a, SessionState b, Instant aReceived, Instant bReceived) {
        int mask = changedFacts(a, b);
        if (mask == 0) {
            return null;
        }
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        for (Fact fact : FACTS) {
            if ((mask & bit(fact)) != 0) {
                facts.add(fact);
            }
        }
        Set<SessionEvent> events = events(a, b, mask, aReceived, bReceived);
        return new SessionChange(b.id(), a, b, Collections.unmodifiableSet(facts),
                events.isEmpty() ? Set.of() : Collections.unmodifiableSet(events));
    }

    /** @return the facts that changed, as a mask of {@link #bit(Fact)}s: a set is made only for a change */
    private static int changedFacts(SessionState a, SessionState b) {
        int mask = 0;
        if (!a.userId().equals(b.userId()) || !a.userName().equals(b.userName())) {
            mask |= bit(Fact.USER);
        }
        if (!a.client().equals(b.client()) || !a.deviceName().equals(b.deviceName())
                || !a.deviceId().equals(b.deviceId()) || !Objects.equals(a.deviceType(), b.deviceType())
                || !a.applicationVersion().equals(b.applicationVersion())) {
            mask |= bit(Fact.DEVICE);
        }
        if (a.active() != b.active()) {
            mask |= bit(Fact.ACTIVE);
        }
        if (!Objects.equals(a.lastActivityDate(), b.lastActivityDate())) {
            mask |= bit(Fact.LAST_ACTIVITY);
        }
        if (a.supportsRemoteControl() != b.supportsRemoteControl()
                || !a.supportedCommands().equals(b.supportedCommands())
                || !a.playableMediaTypes().equals(b.playableMediaTypes())) {
            mask |= bit(Fact.SUPPORTED_COMMANDS);
        }
        if (a.status() != b.status()) {
            mask |= bit(Fact.PLAY_STATE);
        }
        mask |= itemFacts(a.nowPlayingItem(), b.nowPlayingItem());
        mask |= playStateFacts(a.playState(), b.playState());
        if (!Objects.equals(a.playSessionId(), b.playSessionId())) {
            mask |= bit(Fact.PLAY_METHOD);
        }
        return mask;
    }

    private static int itemFacts(@Nullable NowPlayingItem a, @Nullable NowPlayingItem b) {
        if (a == null && b == null) {
            return 0;
        }
        if (a == null || b == null) {
            Boolean playedBefore = a == null ? null : a.played();
            Boolean playedAfter = b == null ? null : b.played();
            return bit(Fact.ITEM) | (Objects.equals(playedBefore, playedAfter) ? 0 : bit(Fact.WATCHED));
        }
        int mask = a.sameMetadata(b) ? 0 : bit(Fact.ITEM);
        if (!Objects.equals(a.played(), b.played())) {
            mask |= bit(Fact.WATCHED);
        }
        return mask;
    }

    private static int playStateFacts(PlayState a, PlayState b) {
        int mask = 0;
        if (!Objects.equals(a.positionTicks(), b.positionTicks())) {
            mask |= bit(Fact.POSITION);
        }
        if (a.canSeek() != b.canSeek()) {
            mask |= bit(Fact.CAN_SEEK);
        }
        if (!Objects.equals(a.volumeLevel(), b.volumeLevel())) {
            mask |= bit(Fact.VOLUME);
        }
        if (a.muted() != b.muted()) {
            mask |= bit(Fact.MUTED);
        }
        if (!Objects.equals(a.repeatMode(), b.repeatMode())) {
            mask |= bit(Fact.REPEAT);
        }
        if (a.shuffled() != b.shuffled()) {
            mask |= bit(Fact.SHUFFLE);
        }
        if (!Objects.equals(a.audioStreamIndex(), b.audioStreamIndex())) {
            mask |= bit(Fact.AUDIO_TRACK);
        }
        if (!Objects.equals(a.subtitleStreamIndex(), b.subtitleStreamIndex())) {
            mask |= bit(Fact.SUBTITLE);
        }
        if (!Objects.equals(a.playMethod(), b.playMethod()) || !Objects.equals(a.mediaSourceId(), b.mediaSourceId())) {
            mask |= bit(Fact.PLAY_METHOD);
        }
        return mask;
    }

    private Set<SessionEvent> events(SessionState a, SessionState b, int mask, Instant aReceived,
            Instant bReceived) {
        Set<SessionEvent> events = EnumSet.noneOf(SessionEvent.class);
        PlayStatus was = a.status();
        PlayStatus is = b.status();
        if (was == PlayStatus.STOPPED) {
            if (is != PlayStatus.STOPPED) {
                events.add(SessionEvent.PLAYBACK_STARTED);
            }
            return events;
        }
        if (is == PlayStatus.STOPPED) {
            events.add(SessionEvent.PLAYBACK_STOPPED);
            return events;
        }
        NowPlayingItem before = Objects.requireNonNull(a.nowPlayingItem());
        NowPlayingItem after = Objects.requireNonNull(b.nowPlayingItem());
        boolean sameItem = before.id().equals(after.id());
        if (!sameItem) {
            events.add(SessionEvent.ITEM_CHANGED);
        }
        if (was == PlayStatus.PLAYING && is == PlayStatus.PAUSED) {
            events.add(SessionEvent.PAUSED);
        } else if (was == PlayStatus.PAUSED && is == PlayStatus.PLAYING) {
            events.add(SessionEvent.RESUMED);
        }
        if (sameItem && (mask & bit(Fact.POSITION)) != 0 && isSeek(a, b, was, aReceived, bReceived)) {
            events.add(SessionEvent.SEEKED);
        }
        if (sameItem && Boolean.FALSE.equals(before.played()) && Boolean.TRUE.equals(after.played())) {
            events.add(SessionEvent.WATCHED);
        }
        return events;
    }

    private boolean isSeek(SessionState a, SessionState b, PlayStatus was, Instant aReceived, Instant bReceived) {
        Long from = a.playState().positionTicks();
        Long to = b.playState().positionTicks();
        if (from == null || to == null) {
            return false;
        }
        long expected = from;
        if (was == PlayStatus.PLAYING) {
            expected += Math.max(0, elapsedMillis(a, b, aReceived, bReceived)) * TICKS_PER_MILLI;
        }
        return Math.abs(to - expected) > seekThresholdTicks;
    }

    private static long elapsedMillis(SessionState a, SessionState b, Instant aReceived, Instant bReceived) {
        Instant aCheckIn = a.lastPlaybackCheckIn();
        Instant bCheckIn = b.lastPlaybackCheckIn();
        if (aCheckIn != null && bCheckIn != null) {
            return millisBetween(aCheckIn, bCheckIn);
        }
        Instant aActivity = a.lastActivityDate();
        Instant bActivity = b.lastActivityDate();
        if (aActivity != null && bActivity != null) {
            return millisBetween(aActivity, bActivity);
        }
        return millisBetween(aReceived, bReceived);
    }

    private static long millisBetween(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) * 1_000L + (to.getNano() - from.getNano()) / 1_000_000;
    }

    private static int bit(Fact fact) {
        return 1 << fact.ordinal();
    }
}
