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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.live.SessionStream.State;

/**
 * Records what a {@link SessionStream} tells its listener, with waits for tests, and counts calls that come after
 * the test declared the stream stopped and its scheduler done with what was under way ({@link #stopped()}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class RecordingStreamListener implements SessionStreamListener {

    /** One state the stream reported, with its reason. */
    record Status(State state, @Nullable String reason) {
    }

    private final List<Status> statuses = new ArrayList<>();
    private final List<DiffResult> diffs = new ArrayList<>();
    private final List<UserDataChange> userData = new ArrayList<>();
    private final List<UserItemData> watched = new ArrayList<>();
    private final List<LibraryChange> library = new ArrayList<>();
    private boolean stopped;
    private int lateCalls;

    @Override
    public synchronized void onSessions(SessionSnapshot snapshot, DiffResult diff) {
        called();
        diffs.add(diff);
        notifyAll();
    }

    @Override
    public synchronized void onUserDataChanged(UserDataChange change) {
        called();
        userData.add(change);
        notifyAll();
    }

    @Override
    public synchronized void onItemsWatched(String userId, List<UserItemData> items) {
        called();
        watched.addAll(items);
        notifyAll();
    }

    @Override
    public synchronized void onLibraryChanged(LibraryChange change) {
        called();
        library.add(change);
        notifyAll();
    }

    @Override
    public synchronized void onStreamStatus(State state, @Nullable String reason) {
        called();
        statuses.add(new Status(state, reason));
        notifyAll();
    }

    /**
     * The stream was stopped, and every task its scheduler was running at that moment has ended since
     * ({@link StreamHarness#awaitSchedulerDone()}): a call that began before stop() is over, so any call from now
     * on is late.
     */
    synchronized void stopped() {
        stopped = true;
    }

    /** The stream is started again. */
    synchronized void started() {
        stopped = false;
    }

    synchronized int lateCalls() {
        return lateCalls;
    }

    private void called() {
        if (stopped) {
            lateCalls++;
        }
    }

    synchronized List<Status> statuses() {
        return List.copyOf(statuses);
    }

    synchronized List<State> states() {
        return statuses.stream().map(Status::state).toList();
    }

    synchronized List<DiffResult> diffs() {
        return List.copyOf(diffs);
    }

    synchronized int diffCount() {
        return diffs.size();
    }

    synchronized List<UserItemData> watched() {
        return List.copyOf(watched);
    }

    synchronized List<UserDataChange> userData() {
        return List.copyOf(userData);
    }

    /** @return the first status with this state at or after index {@code from} */
    synchronized Status awaitStatus(State state, int from, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = from; i < statuses.size(); i++) {
                if (statuses.get(i).state() == state) {
                    return statuses.get(i);
                }
            }
            waitUntil(deadline, "status " + state + " (from #" + from + "); got " + statuses);
        }
    }

    synchronized int statusCount() {
        return statuses.size();
    }

    /** @return the first diff at or after index {@code from} that matches */
    synchronized DiffResult awaitDiff(int from, Predicate<DiffResult> matcher, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = from; i < diffs.size(); i++) {
                if (matcher.test(diffs.get(i))) {
                    return diffs.get(i);
                }
            }
            waitUntil(deadline, "a matching diff (from #" + from + "); got " + diffs.size() + " diffs: " + diffs);
        }
    }

    synchronized LibraryChange awaitLibraryChange(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (library.isEmpty()) {
            waitUntil(deadline, "a library change");
        }
        return library.get(0);
    }

    synchronized UserItemData awaitWatched(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (watched.isEmpty()) {
            waitUntil(deadline, "a watched item");
        }
        return watched.get(0);
    }

    private void waitUntil(long deadline, String what) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new AssertionError("no " + what);
        }
        wait(Math.max(1, left / 1_000_000));
    }
}
