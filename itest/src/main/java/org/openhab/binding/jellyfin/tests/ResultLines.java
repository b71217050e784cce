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

import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints one line per test as it ends, {@code PASSED} or {@code FAILED} with the class and the test's name: bnd's
 * tester itself reports only the failures.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class ResultLines implements TestWatcher {

    @Override
    public void testSuccessful(@Nullable ExtensionContext context) {
        print("PASSED", context, null);
    }

    @Override
    public void testFailed(@Nullable ExtensionContext context, @Nullable Throwable cause) {
        print("FAILED", context, cause);
    }

    @Override
    public void testAborted(@Nullable ExtensionContext context, @Nullable Throwable cause) {
        print("ABORTED", context, cause);
    }

    @Override
    public void testDisabled(@Nullable ExtensionContext context, Optional<String> reason) {
        print("DISABLED", context, null);
    }

    private static void print(String outcome, @Nullable ExtensionContext context, @Nullable Throwable cause) {
        if (context == null) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + " " + context.getDisplayName();
        System.out.println("itest " + outcome + ": " + test + (cause == null ? "" : " (" + cause + ")"));
    }
}
