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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in: named, shared thread pools. A pool is created on first request and then shared by everyone asking for
 * the same name; its threads are daemons.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThreadPoolManager {

    public static final int DEFAULT_THREAD_POOL_SIZE = 5;

    private static final Map<String, ScheduledThreadPoolExecutor> POOLS = new ConcurrentHashMap<>();

    protected ThreadPoolManager() {
    }

    public static ScheduledExecutorService getScheduledPool(String poolName) {
        return POOLS.computeIfAbsent(poolName, name -> {
            ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(DEFAULT_THREAD_POOL_SIZE,
                    new NamedThreadFactory(name, true));
            pool.setRemoveOnCancelPolicy(true);
            return pool;
        });
    }

    public static ExecutorService getPool(String poolName) {
        return getScheduledPool(poolName);
    }
}
