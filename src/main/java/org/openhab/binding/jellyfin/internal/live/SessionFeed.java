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

import java.time.Clock;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Credentials;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.live.SerialQueue.Timer;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where session lists come from while a socket is connected: pushes when the subscription works, polls of
 * {@code GET /Sessions} when the server refuses it, and a resync after every (re)connection. Each list becomes
 * a snapshot and a diff for the listener; user data pushes pass through with watched detection. Reports LIVE or
 * POLLING. Used on the stream's queue only; {@link #current()} may be called from any thread.
 * <p>
 * Pushes and polls carry full lists, so the newest one wins: a poll answer is dropped when a push was applied
 * after the poll was sent, or when a later poll was applied first. What reaches the listener goes through the
 * stream's {@link StreamNotifier}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SessionFeed {

    /** Why a {@code GET /Sessions} was sent. */
    private enum Purpose {
        /** To catch up after a (re)connection. */
        RESYNC,
        /** To check whether the subscription works. */
        CHECK,
        /** Polling, because the server sends no pushes. */
        POLL,
        /** A fetch asked for with {@link SessionStream#refreshNow()}, e.g. right after a command. */
        REFRESH
    }

    private final Logger logger = LoggerFactory.getLogger(SessionFeed.class);
    private final JellyfinClient client;
    private final SerialQueue queue;
    private final StreamSettings settings;
    private final StreamNotifier notifier;
    private final SessionStream stream;
    private final SessionsParser sessionsParser;
    private final Clock clock;
    private final SessionDiff differ;
    private final WatchedTracker watched;
    private final SubscriptionCheck subscription = new SubscriptionCheck();
    private volatile SessionSnapshot current = SessionSnapshot.EMPTY;
    private long pushes;
    private long pollsSent;
    private long lastPollApplied;
    private boolean reasonLogged;
    private Timer checkTimer = SerialQueue.NO_TIMER;
    private Timer pollTimer = SerialQueue.NO_TIMER;

    SessionFeed(JellyfinClient client, SerialQueue queue, StreamSettings settings, StreamNotifier notifier,
            SessionStream stream, SessionsParser sessionsParser) {
        this.client = client;
        this.queue = queue;
        this.settings = settings;
        this.notifier = notifier;
        this.stream = stream;
        this.sessionsParser = sessionsParser;
        this.clock = settings.clock();
        this.differ = new SessionDiff(settings.seekThreshold());
        this.watched = new WatchedTracker(clock);
    }

    SessionSnapshot current() {
        return current;
    }

    /** The stream was started (again): the polling reason is logged once more. */
    void started() {
        reasonLogged = false;
    }

    /**
     * A socket of this generation opened.
     *
     * @param refusal null when {@code SessionsStart} was sent, else why the server's policy refuses it
     */
    void connected(long gen, @Nullable String refusal) {
        if (refusal == null) {
            subscription.subscribed();
            notifier.status(State.LIVE, null);
            checkTimer = queue.schedule(() -> check(gen), settings.subscriptionGrace());
        } else {
            subscription.refusedByPolicy();
            enterPolling(refusal);
        }
        poll(gen, Purpose.RESYNC);
    }

    /** The socket is gone: no checks or polls until the next one opens. */
    void disconnected() {
        checkTimer.cancel();
        pollTimer.cancel();
    }

    void pushed(List<SessionState> sessions) {
        checkTimer.cancel();
        if (subscription.pushArrived()) {
            pollTimer.cancel();
            logger.debug("Session pushes arrive after all: polling stopped");
            notifier.status(State.LIVE, null);
        }
        pushes++;
        notifier.sessions(apply(sessions));
    }

    void userDataChanged(UserDataChange change) {
        notifier.userData(change, watched.newlyWatched(change));
    }

    void refresh() {
        poll(stream.generation(), Purpose.REFRESH);
    }

    private DiffResult apply(List<SessionState> sessions) {
        SessionSnapshot next = SessionSnapshot.of(sessions, clock.instant());
        DiffResult diff = differ.diff(current, next);
        current = next;
        return diff;
    }

    private void enterPolling(String reason) {
        if (reasonLogged) {
            logger.debug("Session stream: {}", reason);
        } else {
            logger.info("Session stream: {}", reason);
            reasonLogged = true;
        }
        notifier.status(State.POLLING, reason);
        schedulePoll(stream.generation());
    }

    private void schedulePoll(long gen) {
        pollTimer.cancel();
        pollTimer = queue.schedule(() -> poll(gen, Purpose.POLL), settings.pollInterval());
    }

    private void check(long gen) {
        if (gen == stream.generation() && subscription.isUnconfirmed()) {
            poll(gen, Purpose.CHECK);
        }
    }

    private void graceEnded(long gen) {
        if (gen == stream.generation() && subscription.graceEnded()) {
            Credentials credentials = client.credentials();
            enterPolling("The server sends no live session updates to this "
                    + (credentials != null && credentials.isApiKey() ? "API key" : "user") + ": polling every "
                    + SessionStream.seconds(settings.pollInterval())
                    + " instead. Log in with an administrator account, or use Jellyfin 10.10.6 or later for API keys.");
        }
    }

    private void poll(long gen, Purpose purpose) {
        long number = ++pollsSent;
        long pushesBefore = pushes;
        client.getSessions(null, this::parseSessions).whenComplete((sessions, failure) -> queue
                .execute(() -> polled(gen, purpose, number, pushesBefore, sessions, failure)));
    }

    private List<SessionState> parseSessions(String body) {
        try {
            return sessionsParser.parseSessionList(body);
        } catch (LiveParseException e) {
            throw new IllegalArgumentException("Unreadable session list: " + e.kind() + " " + e.getMessage());
        }
    }

    /**
     * @param number the poll's number
     * @param pushesBefore the number of pushes applied when the poll was sent
     */
    private void polled(long gen, Purpose purpose, long number, long pushesBefore,
            @Nullable List<SessionState> sessions, @Nullable Throwable failure) {
        DiffResult diff = null;
        if (sessions != null) {
            if (pushesBefore == pushes && number >= lastPollApplied) {
                lastPollApplied = number;
                diff = apply(sessions);
                notifier.sessions(diff);
            }
        } else {
            JellyfinApiException e = JellyfinApiException
                    .unwrap(failure != null ? failure : new IllegalStateException("no answer"));
            if (e.getKind() == Kind.UNAUTHORIZED || e.getKind() == Kind.FORBIDDEN) {
                stream.authRejected(e.getHttpStatus());
                return;
            }
            logger.debug("Fetching the sessions failed: {}", e.getMessage());
        }
        if (gen != stream.generation() || !stream.isConnected()) {
            return;
        }
        if (purpose == Purpose.CHECK) {
            if (diff != null && subscription.checkPolled(diff)) {
                checkTimer = queue.schedule(() -> graceEnded(gen), settings.subscriptionGrace());
            } else if (subscription.isUnconfirmed()) {
                checkTimer = queue.schedule(() -> check(gen), settings.pollInterval());
            }
        } else if (purpose == Purpose.RESYNC && diff != null) {
            subscription.baselineApplied();
        }
        if (subscription.isPolling() && (purpose == Purpose.POLL || purpose == Purpose.RESYNC)) {
            schedulePoll(gen);
        } else if (purpose == Purpose.RESYNC && sessions == null) {
            // an idle server pushes nothing: without the resync the snapshot could stay outdated
            pollTimer.cancel();
            pollTimer = queue.schedule(() -> poll(gen, Purpose.RESYNC), settings.pollInterval());
        }
    }
}
