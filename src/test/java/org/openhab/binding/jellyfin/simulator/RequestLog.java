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
package org.openhab.binding.jellyfin.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Every request the simulator received, in order, with assertions and a way to wait for one.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RequestLog {
    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
        notifyAll();
    }

    synchronized void answered() {
        notifyAll();
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized List<RecordedRequest> matching(Req matcher) {
        return requests.stream().filter(matcher).toList();
    }

    public int count(Req matcher) {
        return matching(matcher).size();
    }

    public synchronized void clear() {
        requests.clear();
    }

    /**
     * Waits until a matching request has been answered.
     *
     * @return the first matching request
     * @throws AssertionError when none arrives in time
     */
    public synchronized RecordedRequest await(Req matcher, Duration timeout) {
        return awaitMatching(matcher, true, 1, timeout).get(0);
    }

    /**
     * Waits until a matching request has arrived, answered or not (e.g. one the simulator holds).
     *
     * @return the first matching request
     * @throws AssertionError when none arrives in time
     */
    public synchronized RecordedRequest awaitArrival(Req matcher, Duration timeout) {
        return awaitMatching(matcher, false, 1, timeout).get(0);
    }

    /**
     * Waits until at least {@code count} matching requests have been answered (or carried out with their answer
     * lost).
     *
     * @return the matching requests so far
     * @throws AssertionError when fewer arrive in time
     */
    public synchronized List<RecordedRequest> await(Req matcher, int count, Duration timeout) {
        return awaitMatching(matcher, true, count, timeout);
    }

    /**
     * @param answered true to count only requests the simulator has answered (or carried out), false for any that
     *            arrived
     * @return the matching requests, at least {@code count}, in the order they arrived
     */
    private List<RecordedRequest> awaitMatching(Req matcher, boolean answered, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<RecordedRequest> found = requests.stream()
                    .filter(r -> (!answered || r.status() != 0) && matcher.test(r)).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                String what = count == 1 ? "no request " + matcher
                        : found.size() + " of " + count + " requests " + matcher;
                throw new AssertionError(what + " within " + timeout + "; received:\n" + dump());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + matcher, e);
            }
        }
    }

    public RecordedRequest assertReceived(Req matcher) {
        List<RecordedRequest> found = matching(matcher);
        if (found.isEmpty()) {
            throw new AssertionError("no request " + matcher + "; received:\n" + dump());
        }
        return found.get(0);
    }

    public void assertNotReceived(Req matcher) {
        List<RecordedRequest> found = matching(matcher);
        if (!found.isEmpty()) {
            throw new AssertionError("unexpected request " + matcher + ": " + found);
        }
    }

    /** All spec violations of the requests received (strict mode). */
    public synchronized List<String> violations() {
        List<String> result = new ArrayList<>();
        requests.forEach(r -> r.violations().forEach(v -> result.add(r + ": " + v)));
        return result;
    }

    public synchronized List<String> responseViolations() {
        List<String> result = new ArrayList<>();
        requests.forEach(r -> r.responseViolations().forEach(v -> result.add(r + ": " + v)));
        return result;
    }

    public synchronized String dump() {
        return requests.stream().map(r -> "  " + r).collect(Collectors.joining("\n"));
    }
}
