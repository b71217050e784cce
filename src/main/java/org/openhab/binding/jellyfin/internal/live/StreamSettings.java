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

import java.time.Clock;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Timing and limits of a {@link SessionStream}. Every value is injectable so tests run in milliseconds;
 * {@link #defaults()} are the values for real servers.
 *
 * @param pushInterval the interval asked for in {@code SessionsStart} ("0,&lt;ms&gt;"), default 1.5 s
 * @param pollInterval how often {@code GET /Sessions} is polled when the server refuses the subscription, and how
 *            often an unconfirmed subscription is checked, default 10 s
 * @param subscriptionGrace how long a change the server should have pushed at once may stay unpushed before the
 *            subscription counts as refused, and the delay of the first check, default 5 s
 * @param offlineThreshold how long the connection may stay lost before the stream reports DOWN, default 30 s
 * @param keepAliveInterval the keep-alive period when the server sets none (its ForceKeepAlive/2 applies when
 *            shorter), default 30 s
 * @param watchdog how long the socket may stay silent before it counts as lost, default 65 s (the servers' 60 s
 *            plus a margin; more than twice the keep-alive period, whose echo keeps the socket talking)
 * @param connectTimeout how long opening the socket (TCP connect and upgrade) may take, default 15 s
 * @param backoff the delays between reconnection attempts
 * @param clock the local clock for snapshot times and outage durations
 * @param seekThreshold the seek detection threshold of the {@link SessionDiff}
 * @param maxMessageBytes the largest text message accepted; larger ones close the socket, which reconnects
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record StreamSettings(Duration pushInterval, Duration pollInterval, Duration subscriptionGrace,
        Duration offlineThreshold, Duration keepAliveInterval, Duration watchdog, Duration connectTimeout,
        Backoff backoff, Clock clock, Duration seekThreshold, int maxMessageBytes) {

    public static final Duration DEFAULT_PUSH_INTERVAL = Duration.ofMillis(1500);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SUBSCRIPTION_GRACE = Duration.ofSeconds(5);
    public static final Duration DEFAULT_OFFLINE_THRESHOLD = Duration.ofSeconds(30);
    public static final Duration DEFAULT_KEEP_ALIVE_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_WATCHDOG = Duration.ofSeconds(65);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    public StreamSettings {
        requirePositive(pushInterval, "pushInterval");
        requirePositive(pollInterval, "pollInterval");
        requirePositive(subscriptionGrace, "subscriptionGrace");
        requirePositive(offlineThreshold, "offlineThreshold");
        requirePositive(keepAliveInterval, "keepAliveInterval");
        requirePositive(watchdog, "watchdog");
        requirePositive(connectTimeout, "connectTimeout");
        if (maxMessageBytes <= 0) {
            throw new IllegalArgumentException("maxMessageBytes must be positive");
        }
    }

    /** The values for real servers, with {@link Backoff#standard()} and the system clock. */
    public static StreamSettings defaults() {
        return new StreamSettings(DEFAULT_PUSH_INTERVAL, DEFAULT_POLL_INTERVAL, DEFAULT_SUBSCRIPTION_GRACE,
                DEFAULT_OFFLINE_THRESHOLD, DEFAULT_KEEP_ALIVE_INTERVAL, DEFAULT_WATCHDOG, DEFAULT_CONNECT_TIMEOUT,
                Backoff.standard(),
                Clock.systemUTC(), SessionDiff.DEFAULT_SEEK_THRESHOLD, DEFAULT_MAX_MESSAGE_BYTES);
    }

    public StreamSettings withPushInterval(Duration value) {
        return new StreamSettings(value, pollInterval, subscriptionGrace, offlineThreshold, keepAliveInterval,
                watchdog, connectTimeout, backoff, clock, seekThreshold, maxMessageBytes);
    }

    public StreamSettings withPollInterval(Duration value) {
        return new StreamSettings(pushInterval, value, subscriptionGrace, offlineThreshold, keepAliveInterval,
                watchdog, connectTimeout, backoff, clock, seekThreshold, maxMessageBytes);
    }

    public StreamSettings withSubscriptionGrace(Duration value) {
        return new StreamSettings(pushInterval, pollInterval, value, offlineThreshold, keepAliveInterval, watchdog,
                connectTimeout, backoff, clock, seekThreshold, maxMessageBytes);
    }

    public StreamSettings withOfflineThreshold(Duration value) {
        return new StreamSettings(pushInterval, pollInterval, subscriptionGrace, value, keepAliveInterval, watchdog,
                connectTimeout, backoff, clock, seekThreshold, maxMessageBytes);
    }

    public StreamSettings withKeepAliveInterval(Duration value) {
        return new StreamSettings(pushInterval, pollInterval, subscriptionGrace, offlineThreshold, value, watchdog,
                connectTimeout, backoff, clock, seekThreshold, maxMessageBytes);
    }

    public StreamSettings withWatchdog(Duration value) {
        return new StreamSettings(pushInterval, pollInterval, subscriptionGrace, offlineThreshold, keepAliveInterval,
                value, connectTimeout, backoff, clock, seekThreshold, maxMessageBytes);
    }

    public StreamSettings withConnectTimeout(Duration value) {
        return new StreamSettings(pushInterval, pollInterval, subscriptionGrace, offlineThreshold, keepAliveInterval,
                watchdog, value, backoff, clock, seekThreshold, maxMessageBytes);
    }

    public StreamSettings withBackoff(Backoff value) {
        return new StreamSettings(pushInterval, pollInterval, subscriptionGrace, offlineThreshold, keepAliveInterval,
                watchdog, connectTimeout, value, clock, seekThreshold, maxMessageBytes);
    }

    public StreamSettings withClock(Clock value) {
        return new StreamSettings(pushInterval, pollInterval, subscriptionGrace, offlineThreshold, keepAliveInterval,
                watchdog, connectTimeout, backoff, value, seekThreshold, maxMessageBytes);
    }

    public StreamSettings withMaxMessageBytes(int value) {
        return new StreamSettings(pushInterval, pollInterval, subscriptionGrace, offlineThreshold, keepAliveInterval,
                watchdog, connectTimeout, backoff, clock, seekThreshold, value);
    }

    /** @return the {@code Data} of {@code SessionsStart}: no initial delay, then the push interval in ms */
    public String sessionsStartData() {
        return "0," + pushInterval.toMillis();
    }

    private static void requirePositive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
