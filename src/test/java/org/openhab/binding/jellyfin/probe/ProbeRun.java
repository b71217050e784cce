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
package org.openhab.binding.jellyfin.probe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Runs the probe in this JVM, as its {@code main} would, with captured standard output and error.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class ProbeRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final JellyfinProbe probe;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private ProbeRun(InputStream in) {
        probe = new JellyfinProbe(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs the probe to its end with this input. */
    static ProbeRun complete(String input, String... args) {
        ProbeRun run = new ProbeRun(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        run.exit.complete(run.probe.run(args));
        return run;
    }

    /** Starts the probe on another thread. */
    static ProbeRun start(InputStream in, String... args) {
        ProbeRun run = new ProbeRun(in);
        Thread thread = new Thread(() -> {
            try {
                run.exit.complete(run.probe.run(args));
            } catch (RuntimeException | Error e) {
                run.exit.completeExceptionally(e);
            }
        }, "probe-under-test");
        thread.setDaemon(true);
        thread.start();
        return run;
    }

    int exitCode(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitCode() {
        return exit.join();
    }

    List<String> out() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    List<String> err() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Waits until standard output has a line containing the text. */
    void awaitOut(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out().stream().noneMatch(line -> line.contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no output line with '" + text + "' within " + timeout + ": " + out());
            }
            Thread.sleep(20);
        }
    }
}
