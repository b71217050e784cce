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

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.io.net.http.WebSocketFactory;

/**
 * openHAB's HTTP and WebSocket client factories as the binding meets them in tests (Mockito, as openHAB's own tests
 * do): new, unstarted Jetty clients, with the SSL context the binding passes, and the consumer names openHAB refuses
 * refused the same way.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ClientFactories {

    private ClientFactories() {
    }

    /**
     * @param common the client {@code getCommonHttpClient()} gives
     * @param created told every client the factory creates (to stop it later), returns it
     */
    public static HttpClientFactory http(HttpClient common, UnaryOperator<HttpClient> created) {
        HttpClientFactory factory = mock(HttpClientFactory.class);
        when(factory.getCommonHttpClient()).thenReturn(common);
        when(factory.createHttpClient(anyString())).thenAnswer(i -> {
            checkConsumerName(i.getArgument(0));
            return created.apply(new HttpClient());
        });
        when(factory.createHttpClient(anyString(), any())).thenAnswer(i -> {
            checkConsumerName(i.getArgument(0));
            return created.apply(new HttpClient(sslOrDefault(i.getArgument(1))));
        });
        return factory;
    }

    /**
     * @param created told the HTTP client of every WebSocket client the factory creates, returns it
     */
    public static WebSocketFactory webSocket(UnaryOperator<HttpClient> created) {
        WebSocketFactory factory = mock(WebSocketFactory.class);
        when(factory.createWebSocketClient(anyString())).thenAnswer(i -> {
            checkConsumerName(i.getArgument(0));
            return new WebSocketClient(created.apply(new HttpClient(new SslContextFactory.Client())));
        });
        when(factory.createWebSocketClient(anyString(), any())).thenAnswer(i -> {
            checkConsumerName(i.getArgument(0));
            return new WebSocketClient(created.apply(new HttpClient(sslOrDefault(i.getArgument(1)))));
        });
        return factory;
    }

    /**
     * Checks the name a binding gives a client it asks openHAB's HTTP or WebSocket factory for, as those factories
     * do: they refuse one shorter than 4 or longer than 20 characters, or with other characters than letters, digits,
     * '-' and '_', with an {@link IllegalArgumentException}.
     *
     * @param name the consumer name
     */
    public static void checkConsumerName(String name) {
        if (name.length() < 4 || name.length() > 20 || !name.matches("[a-zA-Z0-9_-]*")) {
            throw new IllegalArgumentException("consumerName " + name + " is refused: 4 to 20 of [a-zA-Z0-9_-]");
        }
    }

    private static SslContextFactory sslOrDefault(@Nullable Object ssl) {
        return ssl instanceof SslContextFactory given ? given : new SslContextFactory.Client();
    }
}
