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
package org.openhab.binding.jellyfin.internal.handler;

import java.util.concurrent.Executor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.io.net.http.WebSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty clients of one bridge, from openHAB's factories: the shared HTTP client, or one of its own when the user
 * turned certificate checks off for this bridge; one WebSocket client per connection. Stopping never blocks the
 * caller.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class BridgeClients {

    private final Logger logger = LoggerFactory.getLogger(BridgeClients.class);
    private final HttpClientFactory httpClientFactory;
    private final WebSocketFactory webSocketFactory;
    private final String consumerName;
    private final Executor executor;
    private @Nullable HttpClient ownHttpClient;

    BridgeClients(HttpClientFactory httpClientFactory, WebSocketFactory webSocketFactory, String consumerName,
            Executor executor) {
        this.httpClientFactory = httpClientFactory;
        this.webSocketFactory = webSocketFactory;
        this.consumerName = consumerName;
        this.executor = executor;
    }

    /**
     * @param verifyCertificates false only when the user turned certificate checks off for this bridge
     */
    synchronized HttpClient httpClient(boolean verifyCertificates) {
        if (verifyCertificates) {
            return httpClientFactory.getCommonHttpClient();
        }
        HttpClient own = ownHttpClient;
        if (own == null) {
            own = httpClientFactory.createHttpClient(consumerName, new SslContextFactory.Client(true));
            try {
                own.start();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the HTTP client: " + e.getMessage(), e);
            }
            ownHttpClient = own;
        }
        return own;
    }

    /** A started WebSocket client for one connection; the caller stops it with {@link #stopLater}. */
    WebSocketClient startWebSocketClient(boolean verifyCertificates) throws Exception {
        WebSocketClient client = webSocketFactory.createWebSocketClient(consumerName,
                verifyCertificates ? null : new SslContextFactory.Client(true));
        client.start();
        return client;
    }

    void stopLater(LifeCycle client) {
        executor.execute(() -> {
            try {
                client.stop();
            } catch (Exception e) {
                logger.debug("Stopping a client of {} failed: {}", consumerName, e.getMessage());
            }
        });
    }

    /** Stops the bridge's own HTTP client, if it has one. */
    synchronized void close() {
        HttpClient own = ownHttpClient;
        ownHttpClient = null;
        if (own != null) {
            stopLater(own);
        }
    }
}
