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
package org.openhab.binding.jellyfin.internal.outbox;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;

/**
 * A transport the test answers by hand: each send waits until the test completes or fails it.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class ScriptedTransport implements Function<PendingWrite, CompletableFuture<?>> {

    /** How long a write that must be sent may take to come: generous, a busy machine only makes it slower. */
    static final Duration WAIT = Duration.ofSeconds(30);

    /** One write handed to the transport. */
    record Call(PendingWrite write, CompletableFuture<Object> answer) {
        void ok() {
            answer.complete("");
        }

        void fail(Kind kind, int status) {
            answer.completeExceptionally(new JellyfinApiException(kind, "failed with " + kind, status, null));
        }

        /** The request went out and its answer was lost (the connection broke, or no answer came in time). */
        void answerLost(Kind kind) {
            answer.completeExceptionally(new JellyfinApiException(kind, "answer lost: " + kind, 0, null, true));
        }
    }

    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();

    @Override
    public CompletableFuture<?> apply(PendingWrite write) {
        Call call = new Call(write, new CompletableFuture<>());
        calls.add(call);
        return call.answer();
    }

    /**
     * @return the next write sent
     * @throws AssertionError when none is sent within {@link #WAIT}
     */
    Call next() throws InterruptedException {
        Call call = calls.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (call == null) {
            throw new AssertionError("nothing was sent");
        }
        return call;
    }

    /**
     * Asserts that nothing was sent up to now: first waits until the outbox's single-threaded scheduler has run
     * everything handed to it so far (the outbox sends from there), so a write on its way is seen too.
     */
    void assertNothingSent(ScheduledExecutorService outboxScheduler, String why) throws Exception {
        outboxScheduler.submit(() -> {
        }).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        Call call = calls.poll();
        if (call != null) {
            throw new AssertionError(why + ": but " + call.write() + " was sent");
        }
    }
}
