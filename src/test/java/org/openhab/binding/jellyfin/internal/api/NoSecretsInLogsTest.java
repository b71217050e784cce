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
package org.openhab.binding.jellyfin.internal.api;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.jellyfin.host.BindingLog;
import org.openhab.binding.jellyfin.internal.api.TinyServer.Answer;

import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * With the binding's loggers at TRACE, no log line ever shows a password, token or API key, whatever
 * happens (login, success, refusal, timeout).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class NoSecretsInLogsTest {

    private static final String PASSWORD = "hunter2-pw";
    private static final String TOKEN = "2359d1cc781b78913b18be1bcdedc359";
    private static final String API_KEY = "apikey0123456789";

    @RegisterExtension
    final BindingLog log = BindingLog.atTrace();
    private final HttpClient httpClient = new HttpClient();
    private final TinyServer server;

    NoSecretsInLogsTest() throws Exception {
        server = new TinyServer();
    }

    @BeforeEach
    void startClient() throws Exception {
        httpClient.start();
    }

    @AfterEach
    void release() throws Exception {
        httpClient.stop();
        server.close();
    }

    @Test
    void whenCallsSucceedOrFailAtTraceLevelThenNoSecretIsLogged() throws Exception {
        String login = Fixtures.load("jellyfin-10.8.10_authenticatebyname_sessioninfo_demo_jellyash.json");
        server.script(r -> {
            if (r.path().endsWith("/AuthenticateByName")) {
                return Answer.json(login);
            }
            if (r.path().contains("/Playing/Ping")) {
                return new Answer(200, "", 1500);
            }
            return r.path().startsWith("/Sessions") ? Answer.json("[]") : Answer.status(401);
        });
        HttpExecutor http = new HttpExecutor(httpClient, server.uri(), Duration.ofSeconds(10), 1 << 20);
        HttpExecutor impatient = new HttpExecutor(httpClient, server.uri(), Duration.ofMillis(300), 1 << 20);
        ServerDialect dialect = JellyfinClientTest.jellyfin(10, 11, 0);
        JellyfinClient anonymous = new JellyfinClient(http, dialect, OperationCatalog.IDENTITY, null);
        anonymous.login("alice", PASSWORD).get(30, TimeUnit.SECONDS);
        JellyfinClient withToken = anonymous.withCredentials(Credentials.userToken(TOKEN, JellyfinClientTest.USER));
        JellyfinClient withKey = anonymous.withCredentials(Credentials.apiKey(API_KEY, JellyfinClientTest.USER));
        withToken.getSessions(null).get(30, TimeUnit.SECONDS);
        List<CompletableFuture<?>> failing = List.of(withKey.markPlayed(null, JellyfinClientTest.ITEM, null),
                withToken.getItem(null, JellyfinClientTest.ITEM),
                new JellyfinClient(impatient, dialect, OperationCatalog.IDENTITY, Credentials.apiKey(API_KEY, null))
                        .pingSession("abc"));
        for (CompletableFuture<?> f : failing) {
            f.handle((v, e) -> null).get(30, TimeUnit.SECONDS);
        }
        ServerDialect emby = ServerDialect
                .forServer(new ServerInfo(ServerProduct.EMBY, ServerVersion.of(4, 9, 0), "id", "name"));
        new JellyfinClient(http, emby, OperationCatalog.IDENTITY, Credentials.apiKey(API_KEY, "u1"))
                .getSessions(null).handle((v, e) -> null).get(30, TimeUnit.SECONDS);

        List<String> lines = log.events().stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(lines.size() >= 8, "requests are traced: " + lines);
        for (String line : lines) {
            assertFalse(line.contains(PASSWORD), line);
            assertFalse(line.contains(TOKEN), line);
            assertFalse(line.contains(API_KEY), line);
        }
    }
}
