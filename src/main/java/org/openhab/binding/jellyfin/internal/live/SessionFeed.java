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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Credentials;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.SessionQuery;
import org.openhab.binding.jellyfin.internal.live.SerialQueue.Timer;
import org.openhab.binding.jellyfin.internal.live.StreamStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where session lists come from while a socket is connected: pushes when the subscription works, polls of
 * {@code GET /Sessions} when the server refuses it, and a resync after every (re)connection. Each list becomes
 * a snapshot and a diff for the listener; user data pushes pass through with watched detection. Reports LIVE or
 * POLLING. Used on the stream's queue only.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SessionFeed {

    /** The stream's side: which socket is current, and what to do when the credentials are refused. */
    interface Host {
        long generation();

        boolean isConnected();

        void rejected(String reason);
    }

    /** Why a {@code GET /Sessions} was sent. */
    private enum Purpose {
        RESYNC,
        CHECK,
        POLL,
        REFRESH
    }

    private final Logger logger = LoggerFactory.getLogger(SessionFeed.class);
    private final JellyfinClient client;
    private final SerialQueue queue;
    private final StreamSettings settings;
    private final StreamNotifier notifier;
    private final Host host;
    private final SessionsParser sessionsParser;
    private final SnapshotTracker snapshots;
    private final WatchedTracker watched;
    private final SubscriptionCheck subscription = new SubscriptionCheck();
    private boolean reasonLogged;
    private Timer checkTimer = SerialQueue.NO_TIMER;
    private Timer pollTimer = SerialQueue.NO_TIMER;

    SessionFeed(JellyfinClient client, SerialQueue queue, StreamSettings settings, StreamNotifier notifier,
            Host host, SessionsParser sessionsParser) {
        this.client = client;
        this.queue = queue;
        this.settings = settings;
        this.notifier = notifier;
        this.host = host;
        this.sessionsParser = sessionsParser;
        this.snapshots = new SnapshotTracker(settings.clock(), settings.seekThreshold());
        this.watched = new WatchedTracker(settings.clock());
    }

    SessionSnapshot current() {
        return snapshots.current();
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
        notifier.sessions(snapshots.applyPush(sessions));
    }

    void userDataChanged(UserDataChange change) {
        notifier.userData(change, watched.newlyWatched(change));
    }

    void refresh() {
        poll(host.generation(), Purpose.REFRESH);
    }

    private void enterPolling(String reason) {
        if (reasonLogged) {
            logger.debug("Session stream: {}", reason);
        } else {
            logger.info("Session stream: {}", reason);
            reasonLogged = true;
        }
        notifier.status(State.POLLING, reason);
        schedulePoll(host.generation());
    }

    private void schedulePoll(long gen) {
        pollTimer.cancel();
        pollTimer = queue.schedule(() -> poll(gen, Purpose.POLL), settings.pollInterval());
    }

    private void check(long gen) {
        if (gen == host.generation() && subscription.isUnconfirmed()) {
            poll(gen, Purpose.CHECK);
        }
    }

    private void graceEnded(long gen) {
        if (gen == host.generation() && subscription.graceEnded()) {
            Credentials credentials = client.credentials();
            enterPolling(StreamReasons.refusedSilently(credentials != null && credentials.isApiKey(),
                    settings.pollInterval()));
        }
    }

    private void poll(long gen, Purpose purpose) {
        SnapshotTracker.Poll ticket = snapshots.pollSent();
        client.getSessions(SessionQuery.ALL, this::parseSessions).whenComplete(
                (sessions, failure) -> queue.execute(() -> polled(gen, purpose, ticket, sessions, failure)));
    }

    private List<SessionState> parseSessions(String body) {
        ParseResult<List<SessionState>> result = sessionsParser.parseSessionList(body);
        if (result instanceof ParseResult.Failure<List<SessionState>> failed) {
            throw new IllegalArgumentException(
                    "Unreadable session list: " + failed.failure().kind() + " " + failed.failure().detail());
        }
        return ((ParseResult.Success<List<SessionState>>) result).value();
    }

    private void polled(long gen, Purpose purpose, SnapshotTracker.Poll ticket, @Nullable List<SessionState> sessions,
            @Nullable Throwable failure) {
        DiffResult diff = null;
        if (sessions != null) {
            diff = snapshots.applyPoll(ticket, sessions);
            notifier.sessions(diff);
        } else {
            JellyfinApiException e = JellyfinApiException
                    .unwrap(failure != null ? failure : new IllegalStateException("no answer"));
            if (e.getKind() == Kind.UNAUTHORIZED || e.getKind() == Kind.FORBIDDEN) {
                host.rejected(StreamReasons.authRejected(e.getHttpStatus()));
                return;
            }
            logger.debug("Fetching the sessions failed: {}", e.getMessage());
        }
        if (gen != host.generation() || !host.isConnected()) {
            return;
        }
        if (purpose == Purpose.CHECK) {
            afterCheck(gen, diff);
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

    private void afterCheck(long gen, @Nullable DiffResult diff) {
        SubscriptionCheck.Verdict verdict = diff == null ? SubscriptionCheck.Verdict.CHECK_AGAIN
                : subscription.checkPolled(diff);
        if (verdict == SubscriptionCheck.Verdict.SUSPECT) {
            checkTimer = queue.schedule(() -> graceEnded(gen), settings.subscriptionGrace());
        } else if (verdict == SubscriptionCheck.Verdict.CHECK_AGAIN && subscription.isUnconfirmed()) {
            checkTimer = queue.schedule(() -> check(gen), settings.pollInterval());
        }
    }
}
