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
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * HTTP faults on demand: answer the next N requests with an error status, or slowly, or carry them out and lose
 * the answer.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimFaults {
    private int failuresLeft;
    private int failureStatus = 503;
    private int delaysLeft;
    private Duration delay = Duration.ZERO;
    private int lostAnswersLeft;
    private Predicate<RecordedRequest> lostAnswersOf = r -> false;

    synchronized void failNext(int count, int status) {
        failuresLeft = count;
        failureStatus = status;
    }

    synchronized void delayNext(int count, Duration delay) {
        delaysLeft = count;
        this.delay = delay;
    }

    synchronized void loseAnswers(Predicate<RecordedRequest> which, int count) {
        lostAnswersOf = which;
        lostAnswersLeft = count;
    }

    /** @return whether the answer to this request (already carried out) is to be lost */
    synchronized boolean takeLostAnswer(RecordedRequest request) {
        if (lostAnswersLeft > 0 && lostAnswersOf.test(request)) {
            lostAnswersLeft--;
            return true;
        }
        return false;
    }

    /** @return the status to fail this request with, or 0 */
    synchronized int takeFailure() {
        if (failuresLeft > 0) {
            failuresLeft--;
            return failureStatus;
        }
        return 0;
    }

    synchronized Duration takeDelay() {
        if (delaysLeft > 0) {
            delaysLeft--;
            return delay;
        }
        return Duration.ZERO;
    }
}
