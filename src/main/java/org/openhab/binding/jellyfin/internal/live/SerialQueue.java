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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical thread on a shared scheduler: tasks run one at a time, in submission order, on whatever
 * scheduler thread is free, and timers hop onto the same queue when they fire. Closing drops queued tasks and
 * cancels every timer at once without waiting; while closed, nothing is accepted. Thread-safe.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SerialQueue {

    /** A timer that is not scheduled: cancelling it does nothing. */
    static final Timer NO_TIMER = new Timer(null, () -> {
    });

    private static final int TASKS_PER_TURN = 64;

    private final Logger logger = LoggerFactory.getLogger(SerialQueue.class);
    private final ScheduledExecutorService scheduler;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final List<Timer> timers = new ArrayList<>();
    private volatile boolean open;

    SerialQueue(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Accepts tasks and timers (again). */
    void open() {
        synchronized (timers) {
            open = true;
        }
    }

    /** Drops queued tasks and cancels all timers; a task already running finishes. */
    void close() {
        List<Timer> cancelled;
        synchronized (timers) {
            open = false;
            cancelled = new ArrayList<>(timers);
            timers.clear();
        }
        cancelled.forEach(Timer::cancel);
        tasks.clear();
    }

    boolean isOpen() {
        return open;
    }

    /** Queues a task; ignored while closed. */
    void execute(Runnable task) {
        if (!open) {
            return;
        }
        tasks.add(task);
        trigger();
    }

    /** Runs the task on the queue after the delay; returns {@link #NO_TIMER} while closed. */
    Timer schedule(Runnable task, Duration delay) {
        synchronized (timers) {
            if (!open) {
                return NO_TIMER;
            }
            Timer timer = new Timer(this, task);
            timers.add(timer);
            try {
                timer.future = scheduler.schedule(timer, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                timers.remove(timer);
                logger.debug("The scheduler refused a timer: {}", e.getMessage());
                return NO_TIMER;
            }
            return timer;
        }
    }

    /** @return whether the timer was still pending (it is not any more) */
    private boolean forget(Timer timer) {
        synchronized (timers) {
            return timers.remove(timer);
        }
    }

    private void trigger() {
        if (draining.compareAndSet(false, true)) {
            try {
                scheduler.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                tasks.clear();
                logger.debug("The scheduler refused the stream's tasks: {}", e.getMessage());
            }
        }
    }

    private void drain() {
        try {
            for (int i = 0; i < TASKS_PER_TURN && open; i++) {
                Runnable task = tasks.poll();
                if (task == null) {
                    break;
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    logger.warn("Unexpected failure in the session stream", e);
                }
            }
        } finally {
            draining.set(false);
        }
        if (open && !tasks.isEmpty()) {
            trigger();
        }
    }

    /**
     * A timer that, when it fires, forgets itself and queues its task. It can be cancelled; cancelling one that
     * already fired does nothing.
     */
    static final class Timer implements Runnable {
        private final @Nullable SerialQueue queue;
        private final Runnable task;
        private volatile @Nullable ScheduledFuture<?> future = null;

        private Timer(@Nullable SerialQueue queue, Runnable task) {
            this.queue = queue;
            this.task = task;
        }

        @Override
        public void run() {
            SerialQueue q = queue;
            if (q != null && q.forget(this)) {
                q.execute(task);
            }
        }

        void cancel() {
            SerialQueue q = queue;
            if (q != null) {
                q.forget(this);
            }
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
