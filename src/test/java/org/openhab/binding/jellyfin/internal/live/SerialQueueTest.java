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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stream's single logical thread on a shared scheduler.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SerialQueueTest {

    private static final Duration WAIT = StreamHarness.WAIT;

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(4);

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void whenTasksComeFromManyThreadsThenTheyRunOneAtATimeInOrderPerThread() throws Exception {
        SerialQueue queue = new SerialQueue(scheduler);
        queue.open();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(4 * 500);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            scheduler.execute(() -> {
                for (int i = 0; i < 500; i++) {
                    int value = thread * 1000 + i;
                    queue.execute(() -> {
                        if (running.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        seen.add(value);
                        running.decrementAndGet();
                        done.countDown();
                    });
                }
            });
        }

        assertTrue(done.await(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(0, overlaps.get());
        for (int t = 0; t < 4; t++) {
            int thread = t;
            List<Integer> own = seen.stream().filter(v -> v / 1000 == thread).toList();
            assertEquals(own.stream().sorted().toList(), own);
        }
    }

    @Test
    void whenClosedThenTimersAreCancelledAndNothingIsAccepted() throws Exception {
        SerialQueue queue = new SerialQueue(scheduler);
        queue.open();
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch release = occupyAllThreads(); // no timer can fire before the queue is closed
        queue.schedule(ran::incrementAndGet, Duration.ofMillis(1));
        queue.schedule(ran::incrementAndGet, Duration.ofSeconds(30));

        queue.close();
        queue.execute(ran::incrementAndGet);
        assertSame(SerialQueue.NO_TIMER, queue.schedule(ran::incrementAndGet, Duration.ZERO));
        release.countDown();
        occupyAllThreads().countDown(); // everything due and handed to the scheduler so far has run

        assertEquals(0, ran.get());
        assertTrue(scheduler.getQueue().stream().allMatch(r -> ((java.util.concurrent.Future<?>) r).isCancelled()));
    }

    @Test
    void whenATimerIsCancelledThenItDoesNotRunAndOthersDo() throws Exception {
        SerialQueue queue = new SerialQueue(scheduler);
        queue.open();
        CountDownLatch other = new CountDownLatch(1);
        AtomicInteger cancelledRan = new AtomicInteger();
        CountDownLatch release = occupyAllThreads(); // the cancelled timer cannot fire before it is cancelled
        SerialQueue.Timer timer = queue.schedule(cancelledRan::incrementAndGet, Duration.ofMillis(1));
        queue.schedule(other::countDown, Duration.ofMillis(2));

        timer.cancel();
        release.countDown();

        assertTrue(other.await(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        occupyAllThreads().countDown(); // the queue's tasks after the other timer have run
        assertEquals(0, cancelledRan.get());
    }

    /**
     * Occupies every thread of the scheduler until the returned latch is counted down: returns once all of them
     * are held, so whatever they were running before has ended and nothing due can run meanwhile.
     */
    private CountDownLatch occupyAllThreads() throws InterruptedException {
        int threads = scheduler.getCorePoolSize();
        CountDownLatch held = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < threads; i++) {
            scheduler.execute(() -> {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertTrue(held.await(WAIT.toMillis(), TimeUnit.MILLISECONDS), "the scheduler's threads were not free");
        return release;
    }

    @Test
    void whenATaskFailsThenTheQueueCarriesOn() throws Exception {
        SerialQueue queue = new SerialQueue(scheduler);
        queue.open();
        CountDownLatch after = new CountDownLatch(1);

        queue.execute(() -> {
            throw new IllegalStateException("expected by the test");
        });
        queue.execute(after::countDown);

        assertTrue(after.await(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }
}
