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

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.Credentials;
import org.openhab.binding.jellyfin.internal.api.HttpExecutor;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.ServerDialect;
import org.openhab.binding.jellyfin.internal.api.ServerInfo;
import org.openhab.binding.jellyfin.internal.api.ServerProduct;
import org.openhab.binding.jellyfin.internal.api.ServerVersion;

/**
 * A server (or a proxy in front of it) that redirects to another host never gets the user's API key forwarded
 * there: not in the Authorization header, not in the Emby token header, not in the query.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class RedirectTest {

    private static final String API_KEY = "fedcba9876543210fedcba9876543210";

    private final HttpClient http = new HttpClient();
    private final List<String> seenElsewhere = new CopyOnWriteArrayList<>();
    private final Server elsewhere = server(new AbstractHandler() {
        @Override
        public void handle(@Nullable String target, @Nullable Request base, @Nullable HttpServletRequest request,
                @Nullable HttpServletResponse response) throws IOException {
            if (base == null || request == null || response == null) {
                return;
            }
            StringBuilder seen = new StringBuilder(request.getMethod() + " " + request.getRequestURI() + "?"
                    + request.getQueryString());
            for (String name : Collections.list(request.getHeaderNames())) {
                seen.append(' ').append(name).append('=').append(request.getHeader(name));
            }
            seenElsewhere.add(seen.toString());
            response.setStatus(200);
            response.setContentType("application/json");
            response.getWriter().write("[]");
            base.setHandled(true);
        }
    });
    private final Server redirecting = server(new AbstractHandler() {
        @Override
        public void handle(@Nullable String target, @Nullable Request base, @Nullable HttpServletRequest request,
                @Nullable HttpServletResponse response) {
            if (base == null || request == null || response == null) {
                return;
            }
            response.setStatus(status);
            response.setHeader("Location", "http://localhost:" + port(elsewhere) + request.getRequestURI());
            base.setHandled(true);
        }
    });
    private int status = 302;

    private static Server server(AbstractHandler handler) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    private static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterEach
    void close() throws Exception {
        http.stop();
        redirecting.stop();
        elsewhere.stop();
    }

    @ParameterizedTest
    @CsvSource({ "JELLYFIN,10.11.0,301", "JELLYFIN,10.11.0,302", "JELLYFIN,10.11.0,307", "JELLYFIN,10.8.13,302",
            "EMBY,4.9.0,302", "EMBY,4.9.0,308" })
    void whenTheServerRedirectsToAnotherHostThenTheApiKeyIsNotSentThere(ServerProduct product, String version,
            int redirectStatus) throws Exception {
        status = redirectStatus;
        http.start();
        HttpExecutor executor = new HttpExecutor(http, URI.create("http://127.0.0.1:" + port(redirecting)));
        ServerVersion parsed = Objects.requireNonNull(ServerVersion.parse(version));
        JellyfinClient client = new JellyfinClient(executor,
                ServerDialect.forServer(new ServerInfo(product, parsed, "id", "name")),
                new ClientIdentity("openHAB", "Redirect test", "redirect-test", "5.2"),
                Credentials.apiKey(API_KEY, "0123456789abcdef0123456789abcdef"));

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> client.getSessions(null).get(30, TimeUnit.SECONDS));

        JellyfinApiException e = JellyfinApiException.unwrap(failed);
        assertEquals(Kind.BAD_REQUEST, e.getKind());
        assertTrue(e.getMessage().contains("HTTP " + redirectStatus) && e.getMessage().contains("redirects"),
                e.getMessage());
        for (String request : seenElsewhere) {
            assertFalse(request.toLowerCase(Locale.ROOT).contains(API_KEY), "forwarded: " + request);
        }
        assertEquals(List.of(), seenElsewhere, "the request is not repeated elsewhere either");
    }
}
