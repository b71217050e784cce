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
package org.openhab.binding.jellyfin.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.SimAccounts;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;

/**
 * Captures everything the binding logs during a test, with its loggers at TRACE, and fails the test when a log line
 * (message, arguments or exception) shows a password, an API key or an access token. The secrets are the seeded
 * ones of the simulator plus every token a watched simulator saw on the wire.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SecretsInLogsWatch implements BeforeEachCallback, AfterEachCallback {

    private static final String BINDING = "org.openhab.binding.jellyfin";
    /** Test code that logs on purpose (the simulator knows the secrets, the host prints what it is given). */
    private static final List<String> NOT_BINDING = List.of(BINDING + ".simulator", BINDING + ".host");
    private static final Pattern TOKEN = Pattern.compile("Token=\"?([^\",]+)");
    private static int checkedLines;

    private final Logger logger = (Logger) LoggerFactory.getLogger(BINDING);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<JellyfinSimulator> simulators = new CopyOnWriteArrayList<>();
    private final Set<String> secrets = new LinkedHashSet<>(
            List.of(SimAccounts.API_KEY, SimAccounts.ADMIN_PASSWORD, SimAccounts.USER_PASSWORD));

    /** Every token this simulator receives counts as a secret. */
    public JellyfinSimulator watch(JellyfinSimulator simulator) {
        simulators.add(simulator);
        return simulator;
    }

    public void secret(String secret) {
        secrets.add(secret);
    }

    /** @return how many log lines all watched tests have checked so far */
    public static synchronized int checkedLines() {
        return checkedLines;
    }

    @Override
    public void beforeEach(@Nullable ExtensionContext context) {
        synchronized (appender) { // the appender adds events under its own lock
            appender.list.clear();
        }
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.TRACE);
        logger.setAdditive(false);
    }

    @Override
    public void afterEach(@Nullable ExtensionContext context) {
        logger.detachAppender(appender);
        logger.setLevel(null);
        logger.setAdditive(true);
        appender.stop();
        Set<String> all = new LinkedHashSet<>(secrets);
        simulators.forEach(sim -> all.addAll(tokensSeenBy(sim)));
        List<ILoggingEvent> events;
        synchronized (appender) { // the appender adds events under its own lock
            events = new ArrayList<>(appender.list);
        }
        int lines = 0;
        for (ILoggingEvent event : events) {
            if (NOT_BINDING.stream().anyMatch(event.getLoggerName()::startsWith)) {
                continue;
            }
            lines++;
            String text = event.getFormattedMessage() + " " + throwableText(event.getThrowableProxy());
            for (String secret : all) {
                assertFalse(text.contains(secret), () -> "a secret shows in the log of " + event.getLoggerName()
                        + " at " + event.getLevel() + ": " + text);
            }
        }
        synchronized (SecretsInLogsWatch.class) {
            checkedLines += lines;
        }
        if (context != null) {
            Figures.record("secrets in logs", lines + " binding log lines at TRACE checked against " + all.size()
                    + " secrets in " + context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName() + ": 0 found");
        }
    }

    private static Set<String> tokensSeenBy(JellyfinSimulator sim) {
        Set<String> tokens = new LinkedHashSet<>();
        for (RecordedRequest request : sim.requests().all()) {
            for (String header : List.of("authorization", "x-emby-authorization")) {
                String value = request.header(header);
                if (value != null) {
                    Matcher m = TOKEN.matcher(value);
                    while (m.find()) {
                        tokens.add(m.group(1));
                    }
                }
            }
            for (String name : List.of("x-emby-token", "x-mediabrowser-token")) {
                String value = request.header(name);
                if (value != null && !value.isBlank()) {
                    tokens.add(value);
                }
            }
            for (String name : List.of("api_key", "ApiKey", "apiKey")) {
                String value = request.queryParam(name);
                if (value != null && !value.isBlank()) {
                    tokens.add(value);
                }
            }
        }
        return tokens;
    }

    private static String throwableText(@Nullable IThrowableProxy proxy) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy t = proxy; t != null; t = t.getCause()) {
            text.append(t.getClassName()).append(": ").append(t.getMessage()).append(' ');
        }
        return text.toString();
    }
}
