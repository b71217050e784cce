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
package org.openhab.binding.jellyfin.tests;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Access to the running framework: openHAB's services, the binding's bundle, and waiting for a condition that
 * openHAB announces by no event.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
final class Framework {
    /** The longest any awaited effect may take; only a failure ever waits that long. */
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String BINDING_BSN = "org.openhab.binding.jellyfin";

    private Framework() {
    }

    static BundleContext context() {
        Bundle self = FrameworkUtil.getBundle(Framework.class);
        if (self == null || self.getBundleContext() == null) {
            throw new IllegalStateException("the tests do not run inside an OSGi framework");
        }
        return self.getBundleContext();
    }

    /** Waits until a service of this type is registered (openHAB's components start in any order) and returns it. */
    static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(WAIT.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getName() + " service within " + WAIT);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + type.getName(), e);
        } finally {
            tracker.close();
        }
    }

    static Bundle bindingBundle() {
        for (Bundle bundle : context().getBundles()) {
            if (BINDING_BSN.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("the binding's bundle " + BINDING_BSN + " is not installed");
    }

    /**
     * Waits for a condition of which openHAB sends no event (a module type listed, a socket closed by the kernel):
     * checks it every few milliseconds until it holds, failing after {@link #WAIT}.
     */
    static void awaitCondition(String what, BooleanSupplier condition) {
        awaitCondition(() -> what, condition);
    }

    /** The same, with a description of what was awaited that is made when it did not happen. */
    static void awaitCondition(Supplier<String> what, BooleanSupplier condition) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + WAIT + ": " + what.get());
            }
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what.get(), e);
            }
        }
    }

    /** A framework property (from the bndrun's -runproperties) or a system property. */
    static @Nullable String property(String name) {
        return context().getProperty(name);
    }
}
