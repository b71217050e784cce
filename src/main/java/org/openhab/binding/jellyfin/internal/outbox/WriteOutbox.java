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
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.live.Backoff;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes of one bridge that must not be lost: marks played/unplayed and playback stops. Each write is
 * stored (openHAB's storage, so it survives a restart) before it is sent; writes are sent one at a time in
 * the order they were made, and a write is removed only once the server accepted it.
 * <p>
 * Delivery is at least once: a write whose request may have reached the server but whose answer was lost (a
 * connection was made, then it broke or timed out) is sent again, because the outbox cannot know whether the server
 * carried it out. Such a repeat is harmless: {@link PendingWrite#send} sends every write in a form the server
 * carries out the same way once or twice. While the server
 * cannot be reached the writes wait and are sent when the bridge is connected again (or at the next retry).
 * A write the server refuses for good (unknown item, bad request, forbidden) is dropped with a warning
 * instead of being retried forever. When more than the configured number of writes wait, the oldest is
 * dropped with a warning naming it. In the storage, keys are the bridge UID and a zero-padded sequence number:
 * sorting them gives the order of the writes.
 *
 * Use: things and actions call {@link #markPlayed}, {@link #markUnplayed} or {@link #playbackStopped}; the
 * bridge calls {@link #connectionEstablished} when it goes online and {@link #dispose} when it is disposed.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class WriteOutbox {

    static final String STORAGE_NAME = "org.openhab.binding.jellyfin.outbox";

    private final Logger logger = LoggerFactory.getLogger(WriteOutbox.class);
    private final Storage<PendingWrite> storage;
    private final String bridgeUid;
    private final ScheduledExecutorService scheduler;
    private final int maxPending;
    private final IntConsumer pendingListener;
    private final Backoff backoff;

    private final Object notifyLock = new Object();
    private final Deque<PendingWrite> queue = new ArrayDeque<>();
    private long nextSequence;
    private @Nullable Function<PendingWrite, CompletableFuture<?>> transport;
    private @Nullable PendingWrite inFlight;
    private @Nullable ScheduledFuture<?> retryJob;
    private int failedAttempts;
    private boolean disposed;

    /**
     * @param maxPending how many writes may wait; values below 1 mean 500
     * @param pendingListener told the number of waiting writes whenever it changes
     * @param backoff the delay before retrying after the server could not be reached
     */
    public WriteOutbox(StorageService storageService, String bridgeUid, ScheduledExecutorService scheduler,
            int maxPending, IntConsumer pendingListener, Backoff backoff) {
        this.storage = storageService.getStorage(STORAGE_NAME, PendingWrite.class.getClassLoader());
        this.bridgeUid = bridgeUid;
        this.scheduler = scheduler;
        this.maxPending = maxPending < 1 ? 500 : maxPending;
        this.pendingListener = pendingListener;
        this.backoff = backoff;
        long last = 0;
        for (PendingWrite write : stored(storageService, bridgeUid)) {
            queue.add(write);
            last = Math.max(last, write.sequence());
        }
        nextSequence = last + 1;
        if (!queue.isEmpty()) {
            logger.debug("{} writes of {} are waiting from before", queue.size(), bridgeUid);
        }
        notifyPending();
    }

    /**
     * The writes' futures tell the outcome of the first attempt: true when the server accepted the write, false when
     * it could not be reached (the write is kept and sent when the server is back); failed when the write is dropped
     * (the server refused it for good, or more writes waited than allowed).
     *
     * @param userId the user, or null for the bridge's user
     * @param datePlayed when it was played, or null for now (as the server sees it)
     * @param source who makes the write (a thing UID or action name), for logs
     */
    public CompletableFuture<Boolean> markPlayed(@Nullable String userId, String itemId,
            @Nullable Instant datePlayed, String source) {
        return submit(new PendingWrite(PendingWrite.MARK_PLAYED, userId, itemId, datePlayed, source), null);
    }

    public CompletableFuture<Boolean> markUnplayed(@Nullable String userId, String itemId, String source) {
        return submit(new PendingWrite(PendingWrite.MARK_UNPLAYED, userId, itemId, null, source), null);
    }

    /**
     * The end of a playback a reporter reported: sent with the reporter's own identity (so it ends the reporter's
     * session), by the session report or by the by-item route. With {@code notBefore}, the stop keeps its place in
     * the order of writes now, but is sent only after {@code notBefore} completed (the reporter's earlier requests
     * for the same playback), so the server never sees them after the stop; after a restart of openHAB the stop is
     * sent in its place without waiting.
     *
     * @param identity the device that reported the playback
     * @param userId the user (by-item routes of Jellyfin 10.8 and Emby carry it), or null for the bridge's user
     * @param positionTicks the final position
     * @param byItem true to use the by-item route, false for the session report
     * @param notBefore requests the stop must wait for, or null
     */
    public CompletableFuture<Boolean> playbackStopped(ClientIdentity identity, @Nullable String userId,
            String itemId, String playSessionId, long positionTicks, boolean byItem, String source,
            @Nullable CompletableFuture<?> notBefore) {
        return submit(new PendingWrite(identity, userId, itemId, playSessionId, positionTicks, byItem, source),
                notBefore);
    }

    /**
     * @return how many writes wait to be sent (including one being sent)
     */
    public synchronized int pendingCount() {
        return queue.size();
    }

    /**
     * The bridge is connected: waiting writes are sent now, new ones at once.
     *
     * @param newTransport sends one write; its future fails with a
     *            {@link JellyfinApiException} when the server did not accept the write
     */
    public void connectionEstablished(Function<PendingWrite, CompletableFuture<?>> newTransport) {
        synchronized (this) {
            if (disposed) {
                return;
            }
            transport = newTransport;
            failedAttempts = 0;
            cancelRetry();
        }
        scheduler.execute(this::drain);
    }

    /**
     * Stops sending (the bridge is disposed); waiting writes stay stored for the next start.
     */
    public void dispose() {
        List<CompletableFuture<Boolean>> unsettled;
        synchronized (this) {
            disposed = true;
            transport = null;
            cancelRetry();
            unsettled = takeFirstAttempts();
        }
        keptForLater(unsettled);
    }

    private CompletableFuture<Boolean> submit(PendingWrite write, @Nullable CompletableFuture<?> notBefore) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        write.firstAttempt = result;
        PendingWrite dropped = null;
        CompletableFuture<Boolean> droppedFuture = null;
        synchronized (this) {
            write.sequence = nextSequence++;
            if (queue.size() >= maxPending) {
                // the oldest write that is not being sent
                for (PendingWrite w : queue) {
                    if (!w.equals(inFlight)) {
                        dropped = w;
                        break;
                    }
                }
                if (dropped != null) {
                    queue.remove(dropped);
                    storage.remove(key(dropped));
                    droppedFuture = dropped.firstAttempt;
                    dropped.firstAttempt = null;
                }
            }
            storage.put(key(write), write);
            queue.add(write);
            if (notBefore != null && !notBefore.isDone()) {
                write.notBefore = notBefore;
                notBefore.whenComplete((ok, failure) -> scheduler.execute(this::drain));
            }
        }
        if (dropped != null) {
            logger.warn("{} writes are waiting for {}, the most allowed: dropped the oldest, {}", maxPending,
                    bridgeUid, dropped);
            if (droppedFuture != null) {
                droppedFuture.completeExceptionally(new IllegalStateException(
                        "more writes are waiting than allowed: the oldest, " + dropped + ", is dropped"));
            }
        }
        notifyPending();
        scheduler.execute(this::drain);
        return result;
    }

    /**
     * @return the bridge's stored writes, oldest first; unreadable ones are removed
     */
    public static List<PendingWrite> stored(StorageService storageService, String bridgeUid) {
        Storage<PendingWrite> storage = storageService.getStorage(STORAGE_NAME, PendingWrite.class.getClassLoader());
        List<String> keys = new ArrayList<>();
        for (String key : storage.getKeys()) {
            if (key.startsWith(bridgeUid + "#")) {
                keys.add(key);
            }
        }
        keys.sort(null);
        List<PendingWrite> writes = new ArrayList<>();
        for (String key : keys) {
            PendingWrite write = storage.get(key);
            if (write == null || !write.isKnown()) {
                LoggerFactory.getLogger(WriteOutbox.class).warn("Dropping an unreadable pending write stored as {}", key);
                storage.remove(key);
            } else {
                writes.add(write);
            }
        }
        return writes;
    }

    private String key(PendingWrite write) {
        return bridgeUid + "#" + String.format("%019d", write.sequence());
    }

    /** Sends the oldest waiting write, unless one is being sent or there is no connection. */
    private void drain() {
        PendingWrite next;
        Function<PendingWrite, CompletableFuture<?>> t;
        List<CompletableFuture<Boolean>> unsent = List.of();
        synchronized (this) {
            next = queue.peekFirst();
            if (inFlight != null || disposed || next == null) {
                return;
            }
            CompletableFuture<?> gate = next.notBefore;
            if (gate != null && !gate.isDone()) {
                return;
            }
            next.notBefore = null;
            t = transport;
            if (t == null || retryJob != null) {
                unsent = takeFirstAttempts();
                next = null;
            } else {
                inFlight = next;
            }
        }
        keptForLater(unsent);
        if (next == null || t == null) {
            return;
        }
        PendingWrite sending = next;
        CompletableFuture<?> future;
        try {
            future = t.apply(sending);
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenComplete((ok, failure) -> completed(sending, failure));
    }

    private void completed(PendingWrite write, @Nullable Throwable failure) {
        JellyfinApiException error = failure == null ? null : JellyfinApiException.unwrap(failure);
        // the server could not be reached or failed, or it refused the credentials (the bridge logs in again;
        // the write stays valid): the write waits and is sent again
        if (error != null && (error.isTransient() || error.getKind() == Kind.UNAUTHORIZED)) {
            List<CompletableFuture<Boolean>> unsent;
            synchronized (this) {
                inFlight = null;
                if (error.isAnswerLost() && !write.isRepeat() && queue.contains(write)) {
                    // the server may have carried it out: from now on it is sent as a repeat, also after a restart
                    write.answerLost();
                    storage.put(key(write), write);
                }
                unsent = takeFirstAttempts();
                scheduleRetry();
            }
            logger.debug("The server did not take the {}; {} writes wait: {}", write, pendingCount(),
                    error.getMessage());
            keptForLater(unsent);
            return;
        }
        CompletableFuture<Boolean> future;
        synchronized (this) {
            inFlight = null;
            failedAttempts = 0;
            queue.remove(write);
            storage.remove(key(write));
            future = write.firstAttempt;
            write.firstAttempt = null;
        }
        boolean delivered = error == null || error.getKind() == Kind.UNEXPECTED_RESPONSE;
        if (delivered) {
            logger.debug("Sent the {}", write);
        } else {
            logger.warn("The server refused the {}; it is dropped: {}", write, error.getMessage());
        }
        // the count first: whoever waits for the write's outcome sees the queue without it
        notifyPending();
        if (future != null && delivered) {
            future.complete(true);
        } else if (future != null && error != null) {
            future.completeExceptionally(error);
        }
        scheduler.execute(this::drain);
    }

    /** The futures of writes that will not be sent now: their first attempt ends as kept for later. */
    private List<CompletableFuture<Boolean>> takeFirstAttempts() {
        List<CompletableFuture<Boolean>> futures = new ArrayList<>();
        for (PendingWrite write : queue) {
            CompletableFuture<Boolean> future = write.firstAttempt;
            if (future != null) {
                futures.add(future);
                write.firstAttempt = null;
            }
        }
        return futures;
    }

    private static void keptForLater(List<CompletableFuture<Boolean>> futures) {
        for (CompletableFuture<Boolean> future : futures) {
            future.complete(false);
        }
    }

    private void scheduleRetry() {
        if (disposed || retryJob != null) {
            return;
        }
        Duration delay = backoff.delay(++failedAttempts);
        retryJob = scheduler.schedule(() -> {
            synchronized (this) {
                retryJob = null;
            }
            drain();
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tells the listener the number of waiting writes; notifications never overtake each other. */
    private void notifyPending() {
        synchronized (notifyLock) {
            int count;
            synchronized (this) {
                if (disposed) {
                    return;
                }
                count = queue.size();
            }
            pendingListener.accept(count);
        }
    }

    private void cancelRetry() {
        ScheduledFuture<?> job = retryJob;
        retryJob = null;
        if (job != null) {
            job.cancel(false);
        }
    }
}
