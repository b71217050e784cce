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
package org.openhab.binding.jellyfin.host;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * What the binding logs during each test, for assertions on log lines: register it with
 * {@code @RegisterExtension}. The binding logs on its own threads while a test reads, so the events are copied under
 * the appender's lock (a list read without it can throw {@code ConcurrentModificationException}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BindingLog implements BeforeEachCallback, AfterEachCallback {

    private final Logger logger = (Logger) LoggerFactory.getLogger("org.openhab.binding.jellyfin");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final @Nullable Level level;

    private BindingLog(@Nullable Level level) {
        this.level = level;
    }

    /** The binding's loggers at the level the test set-up gives them. */
    public static BindingLog asConfigured() {
        return new BindingLog(null);
    }

    /** The binding's loggers at TRACE during each test, every request and answer included. */
    public static BindingLog atTrace() {
        return new BindingLog(Level.TRACE);
    }

    @Override
    public void beforeEach(@Nullable ExtensionContext context) {
        synchronized (appender) { // the appender adds events under its own lock
            appender.list.clear();
        }
        appender.start();
        logger.addAppender(appender);
        if (level != null) {
            logger.setLevel(level);
        }
    }

    @Override
    public void afterEach(@Nullable ExtensionContext context) {
        logger.detachAppender(appender);
        if (level != null) {
            logger.setLevel(null);
        }
        appender.stop();
    }

    /** @return the events logged so far in this test */
    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return new ArrayList<>(appender.list);
        }
    }

    /** @return the formatted messages logged at this level so far */
    public List<String> messages(Level atLevel) {
        return events().stream().filter(e -> e.getLevel() == atLevel).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
