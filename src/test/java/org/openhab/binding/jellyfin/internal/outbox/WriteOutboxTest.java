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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.InMemoryStorageService;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.outbox.ScriptedTransport.Call;

/**
 * The outbox on its own: order, one write at a time, removal only after success, what is kept and what is
 * dropped, the bound, stops waiting for earlier reports, and the storage across instances.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class WriteOutboxTest {

    private static final String BRIDGE = "jellyfin:server:srv";
    private static final String SOURCE = "jellyfin:reporter:srv:player";
    private static final Duration WAIT = ScriptedTransport.WAIT;

    private final Map<String, Map<String, String>> backing = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Integer> counts = new CopyOnWriteArrayList<>();
    private final ScriptedTransport transport = new ScriptedTransport();

    @AfterEach
    void shutdown() {
        scheduler.shutdownNow();
    }

    private WriteOutbox outbox(int max) {
        return new WriteOutbox(new InMemoryStorageService(backing), BRIDGE, scheduler, max, counts::add,
                attempt -> Duration.ofMillis(50));
    }

    private static void stop(WriteOutbox outbox, String itemId, @Nullable CompletableFuture<?> notBefore) {
        outbox.playbackStopped(new ClientIdentity("openHAB", "Player", "dev-1", "5.2"), null, itemId, "ps1", 123L,
                false, SOURCE, notBefore);
    }

    @Test
    void whenNotConnectedThenWritesWaitAndTheirFirstAttemptSaysPending() throws Exception {
        WriteOutbox outbox = outbox(10);
        CompletableFuture<Boolean> result = outbox.markPlayed("u1", "item-1", null, SOURCE);

        assertFalse(result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS), "kept for later");
        assertEquals(1, outbox.pendingCount());
        assertEquals(1, counts.get(counts.size() - 1));
    }

    @Test
    void whenConnectedThenWritesGoOneAtATimeInOrderAndAreRemovedOnlyAfterSuccess() throws Exception {
        WriteOutbox outbox = outbox(10);
        outbox.markPlayed("u1", "item-1", Instant.parse("2026-01-01T10:00:00Z"), SOURCE);
        outbox.markUnplayed("u1", "item-2", SOURCE);
        stop(outbox, "item-3", null);
        outbox.connectionEstablished(transport);

        Call first = transport.next();
        assertEquals(PendingWrite.MARK_PLAYED, first.write().kind());
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"), first.write().datePlayed());
        transport.assertNothingSent(scheduler, "the second waits for the first");
        assertEquals(3, outbox.pendingCount());
        first.ok();
        Call second = transport.next();
        assertEquals("item-2", second.write().itemId());
        second.ok();
        Call third = transport.next();
        assertEquals(PendingWrite.PLAYBACK_STOPPED, third.write().kind());
        assertEquals(123L, third.write().positionTicks());
        assertEquals("dev-1", third.write().identity().deviceId());
        third.ok();
        awaitCount(outbox, 0);
        assertEquals(List.of(), WriteOutbox.stored(new InMemoryStorageService(backing), BRIDGE));
    }

    @Test
    void whenAWritesOutcomeIsKnownThenTheCountWithoutItWasToldBefore() throws Exception {
        WriteOutbox outbox = outbox(10);
        outbox.connectionEstablished(transport);
        List<Integer> toldAtOutcome = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> result = outbox.markPlayed("u1", "item-1", null, SOURCE)
                .whenComplete((ok, failure) -> toldAtOutcome.add(counts.get(counts.size() - 1)));

        transport.next().ok();

        assertTrue(result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(List.of(0), toldAtOutcome, "a rule that reads pending-writes on the outcome sees the write gone");
    }

    @Test
    void whenServerIsUnreachableThenTheWriteIsKeptAndSentAgainLater() throws Exception {
        WriteOutbox outbox = outbox(10);
        outbox.connectionEstablished(transport);
        CompletableFuture<Boolean> result = outbox.markPlayed("u1", "item-1", null, SOURCE);

        transport.next().fail(Kind.UNREACHABLE, 0);
        assertFalse(result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS), "kept for later");
        transport.next().fail(Kind.UNAUTHORIZED, 401);
        Call again = transport.next();
        assertEquals("item-1", again.write().itemId());
        again.ok();
        awaitCount(outbox, 0);
    }

    @Test
    void whenTheAnswerIsLostThenTheWriteIsSentAgainAsARepeatAlsoAfterARestart() throws Exception {
        WriteOutbox outbox = outbox(10);
        Instant played = Instant.parse("2026-01-01T10:00:00Z");
        outbox.markPlayed("u1", "item-1", played, SOURCE);
        outbox.connectionEstablished(transport);

        Call first = transport.next();
        assertFalse(first.write().isRepeat());
        first.answerLost(Kind.TIMEOUT);
        Call again = transport.next();

        assertEquals("item-1", again.write().itemId());
        assertTrue(again.write().isRepeat(), "the server may have carried out the first attempt");
        assertEquals(played, again.write().datePlayed(), "the write keeps its date; only the request leaves it out");
        List<PendingWrite> stored = WriteOutbox.stored(new InMemoryStorageService(backing), BRIDGE);
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).isRepeat(), "stored as a repeat, for a restart of openHAB in between");
        again.ok();
        awaitCount(outbox, 0);
    }

    @Test
    void whenTheRequestDidNotGetOutThenTheWriteIsSentAgainAsItWas() throws Exception {
        WriteOutbox outbox = outbox(10);
        outbox.connectionEstablished(transport);
        stop(outbox, "item-1", null);

        transport.next().fail(Kind.UNREACHABLE, 0);
        transport.next().fail(Kind.SERVER_ERROR, 503);
        Call again = transport.next();

        assertFalse(again.write().isRepeat(), "refused connections and error answers carried nothing out");
        again.ok();
        awaitCount(outbox, 0);
    }

    @Test
    void whenServerRefusesForGoodThenTheWriteIsDroppedAndTheNextIsSent() throws Exception {
        WriteOutbox outbox = outbox(10);
        outbox.connectionEstablished(transport);
        CompletableFuture<Boolean> refused = outbox.markPlayed("u1", "unknown", null, SOURCE);
        CompletableFuture<Boolean> fine = outbox.markPlayed("u1", "item-2", null, SOURCE);

        transport.next().fail(Kind.NOT_FOUND, 404);
        ExecutionException dropped = assertThrows(ExecutionException.class, () -> refused.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(Kind.NOT_FOUND, JellyfinApiException.unwrap(dropped).getKind());
        transport.next().ok();
        assertTrue(fine.get(WAIT.toMillis(), TimeUnit.MILLISECONDS), "delivered");
        transport.assertNothingSent(scheduler, "the refused write is not sent again");
    }

    @Test
    void whenTheBoundIsHitThenTheOldestWaitingWriteIsDroppedButNotTheOneBeingSent() throws Exception {
        WriteOutbox outbox = outbox(2);
        outbox.connectionEstablished(transport);
        outbox.markPlayed("u1", "item-1", null, SOURCE);
        Call inFlight = transport.next();
        CompletableFuture<Boolean> second = outbox.markPlayed("u1", "item-2", null, SOURCE);
        outbox.markPlayed("u1", "item-3", null, SOURCE);

        ExecutionException dropped = assertThrows(ExecutionException.class, () -> second.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertTrue(dropped.getCause().getMessage().contains("item-2"), dropped.getCause().getMessage());
        assertEquals(List.of("item-1", "item-3"), WriteOutbox.stored(new InMemoryStorageService(backing), BRIDGE)
                .stream().map(PendingWrite::itemId).toList());
        inFlight.ok();
        assertEquals("item-3", transport.next().write().itemId());
    }

    @Test
    void whenAStopWaitsForEarlierReportsThenLaterWritesWaitBehindIt() throws Exception {
        WriteOutbox outbox = outbox(10);
        outbox.connectionEstablished(transport);
        CompletableFuture<Object> earlierReports = new CompletableFuture<>();
        stop(outbox, "item-1", earlierReports);
        outbox.markPlayed("u1", "item-1", null, SOURCE);

        transport.assertNothingSent(scheduler, "nothing goes before the earlier reports are done");
        earlierReports.complete("done");
        Call first = transport.next();
        assertEquals(PendingWrite.PLAYBACK_STOPPED, first.write().kind());
        first.ok();
        assertEquals(PendingWrite.MARK_PLAYED, transport.next().write().kind());
    }

    @Test
    void whenTheOutboxIsCreatedAgainOverTheSameStorageThenWaitingWritesAreThereInOrder() throws Exception {
        WriteOutbox before = outbox(10);
        stop(before, "item-1", null);
        before.markPlayed(null, "item-1", null, SOURCE);
        before.dispose();

        WriteOutbox after = outbox(10);
        assertEquals(2, after.pendingCount());
        after.markUnplayed(null, "item-1", SOURCE);
        after.connectionEstablished(transport);
        List<@Nullable String> kinds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Call call = transport.next();
            kinds.add(call.write().kind());
            call.ok();
        }
        assertEquals(List.of(PendingWrite.PLAYBACK_STOPPED, PendingWrite.MARK_PLAYED, PendingWrite.MARK_UNPLAYED), kinds);
    }

    private static void awaitCount(WriteOutbox outbox, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (outbox.pendingCount() != expected) {
            if (System.nanoTime() > deadline) {
                fail("pending count stays " + outbox.pendingCount() + ", expected " + expected);
            }
            Thread.sleep(10);
        }
    }
}
