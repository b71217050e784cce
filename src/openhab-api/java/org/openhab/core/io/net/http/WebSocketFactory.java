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
package org.openhab.core.io.net.http;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Stand-in: creates Jetty WebSocket clients; the common one is shared and must not be changed or stopped.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public interface WebSocketFactory {

    WebSocketClient createWebSocketClient(String consumerName);

    WebSocketClient createWebSocketClient(String consumerName, @Nullable SslContextFactory sslContextFactory);

    WebSocketClient getCommonWebSocketClient();
}
