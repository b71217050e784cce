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

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: a thread factory naming its threads "OH-&lt;id&gt;-&lt;n&gt;".
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class NamedThreadFactory implements ThreadFactory {

    private final String namePrefix;
    private final boolean daemonize;
    private final int priority;
    private final AtomicInteger threadNumber = new AtomicInteger(1);

    public NamedThreadFactory(String id) {
        this(id, false);
    }

    public NamedThreadFactory(String id, boolean daemonize) {
        this(id, daemonize, Thread.NORM_PRIORITY);
    }

    public NamedThreadFactory(String id, boolean daemonize, int priority) {
        this.namePrefix = "OH-" + id + "-";
        this.daemonize = daemonize;
        this.priority = priority;
    }

    @Override
    public Thread newThread(@Nullable Runnable runnable) {
        Thread thread = new Thread(runnable, namePrefix + threadNumber.getAndIncrement());
        thread.setDaemon(daemonize);
        thread.setPriority(priority);
        return thread;
    }
}
