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
package org.openhab.core.common;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: named, shared thread pools, as openHAB hands them out. A pool is created on first request and then shared
 * by everyone asking for the same name: 5 daemon threads named {@code OH-<pool>-<n>}, which end after 65 s without
 * work. Callers get a wrapper that refuses {@code shutdown()} (it logs that this is a bug, as openHAB does), so a
 * binding cannot stop a pool others use. The wrapper is a {@link ThreadPoolExecutor} whose queue size and thread
 * counts are those of the pool behind it, as in openHAB; it is not a {@link ScheduledThreadPoolExecutor}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class ThreadPoolManager {

    public static final String CONFIGURATION_PID = "org.openhab.threadpool";

    public static final String THREAD_POOL_NAME_COMMON = "common";

    protected static final int DEFAULT_THREAD_POOL_SIZE = 5;

    protected static final long THREAD_TIMEOUT = 65L;
    protected static final long THREAD_MONITOR_SLEEP = 60000;

    protected static Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

    private static final Logger LOGGER = LoggerFactory.getLogger(ThreadPoolManager.class);

    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(getConfig(name),
                    new NamedThreadFactory(name, true, Thread.NORM_PRIORITY));
            executor.setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        });
        if (pool instanceof ScheduledExecutorService scheduled) {
            return new UnstoppableScheduledExecutorService(poolName, scheduled);
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    public static ExecutorService getPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            int size = getConfig(name);
            ThreadPoolExecutor executor = new ThreadPoolExecutor(size, size, THREAD_TIMEOUT, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), new NamedThreadFactory(name, true, Thread.NORM_PRIORITY));
            executor.allowCoreThreadTimeOut(true);
            return executor;
        });
        return new UnstoppableExecutorService<>(poolName, pool);
    }

    protected static int getConfig(String poolName) {
        return DEFAULT_THREAD_POOL_SIZE;
    }

    public static Set<String> getPoolNames() {
        return new HashSet<>(pools.keySet());
    }

    /** A shared pool as its users see it: everything but stopping goes to the pool. */
    private static class UnstoppableExecutorService<T extends ExecutorService> extends ThreadPoolExecutor {

        protected final T delegate;
        private final String threadPoolName;

        UnstoppableExecutorService(String threadPoolName, T delegate) {
            // the state of ThreadPoolExecutor itself is never used: every call below goes to the delegate
            super(0, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
            this.threadPoolName = threadPoolName;
            this.delegate = delegate;
        }

        @Override
        public void shutdown() {
            LOGGER.warn("shutdown() invoked on a shared thread pool '{}'. This is a bug, please submit a bug report",
                    threadPoolName, new IllegalStateException());
        }

        @Override
        public List<Runnable> shutdownNow() {
            LOGGER.warn("shutdownNow() invoked on a shared thread pool '{}'. This is a bug, please submit a bug report",
                    threadPoolName, new IllegalStateException());
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }

        @Override
        public <V> Future<V> submit(Callable<V> task) {
            return delegate.submit(task);
        }

        @Override
        public <V> Future<V> submit(Runnable task, V result) {
            return delegate.submit(task, result);
        }

        @Override
        public Future<?> submit(Runnable task) {
            return delegate.submit(task);
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(command);
        }

        @Override
        public int getActiveCount() {
            return ((ThreadPoolExecutor) delegate).getActiveCount();
        }

        @Override
        public int getCorePoolSize() {
            return ((ThreadPoolExecutor) delegate).getCorePoolSize();
        }

        @Override
        public int getPoolSize() {
            return ((ThreadPoolExecutor) delegate).getPoolSize();
        }

        @Override
        public long getCompletedTaskCount() {
            return ((ThreadPoolExecutor) delegate).getCompletedTaskCount();
        }

        @Override
        public BlockingQueue<Runnable> getQueue() {
            return ((ThreadPoolExecutor) delegate).getQueue();
        }
    }

    private static class UnstoppableScheduledExecutorService extends UnstoppableExecutorService<ScheduledExecutorService>
            implements ScheduledExecutorService {

        UnstoppableScheduledExecutorService(String threadPoolName, ScheduledExecutorService delegate) {
            super(threadPoolName, delegate);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            return delegate.schedule(command, delay, unit);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            return delegate.schedule(callable, delay, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
                TimeUnit unit) {
            return delegate.scheduleAtFixedRate(command, initialDelay, period, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                TimeUnit unit) {
            return delegate.scheduleWithFixedDelay(command, initialDelay, delay, unit);
        }
    }
}
