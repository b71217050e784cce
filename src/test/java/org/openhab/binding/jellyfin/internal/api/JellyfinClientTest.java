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

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.TinyServer.Answer;
import org.openhab.binding.jellyfin.internal.api.dto.AuthenticationResult;
import org.openhab.binding.jellyfin.internal.api.dto.SessionInfo;
import org.openhab.binding.jellyfin.internal.api.dto.UserItemData;

/**
 * The client against a tiny local HTTP server: error mapping, timeouts, size cap, login, auth per dialect.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class JellyfinClientTest {

    static final String USER = "a076a5bfc9034f379f5889bc6dafc77b";
    static final String ITEM = "7648c5d1a50b1e03f225a2ce76baef07";

    private @Nullable TinyServer server;
    private final HttpClient httpClient = new HttpClient();

    @BeforeEach
    void start() throws Exception {
        server = new TinyServer();
        httpClient.start();
    }

    @AfterEach
    void stop() throws Exception {
        httpClient.stop();
        TinyServer s = server;
        if (s != null) {
            s.close();
        }
    }

    TinyServer server() {
        TinyServer s = server;
        assertNotNull(s);
        return s;
    }

    HttpExecutor http(Duration timeout, int maxBytes) {
        return new HttpExecutor(httpClient, server().uri(), timeout, maxBytes);
    }

    JellyfinClient client(ServerDialect dialect, @Nullable Credentials credentials) {
        return new JellyfinClient(http(Duration.ofSeconds(5), 1 << 20), dialect, OperationCatalog.IDENTITY,
                credentials);
    }

    static ServerDialect jellyfin(int major, int minor, int patch) throws JellyfinApiException {
        return ServerDialect.forServer(
                new ServerInfo(ServerProduct.JELLYFIN, ServerVersion.of(major, minor, patch), "id", "name"));
    }

    static JellyfinApiException failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
        return JellyfinApiException.unwrap(e);
    }

    @Test
    void whenTheServerAnswersAnErrorStatusThenEachMapsToItsKind() throws Exception {
        JellyfinClient c = client(jellyfin(10, 10, 7), Credentials.apiKey("k3y", USER));
        int[] statuses = { 400, 401, 403, 404, 500, 503 };
        Kind[] kinds = { Kind.BAD_REQUEST, Kind.UNAUTHORIZED, Kind.FORBIDDEN, Kind.NOT_FOUND, Kind.SERVER_ERROR,
                Kind.SERVER_ERROR };
        for (int i = 0; i < statuses.length; i++) {
            int status = statuses[i];
            server().script(r -> Answer.status(status));
            JellyfinApiException e = failure(c.markPlayed(null, ITEM, null));
            assertEquals(kinds[i], e.getKind(), "HTTP " + status);
            assertEquals(status, e.getHttpStatus());
            assertFalse(e.getMessage().contains("k3y"));
        }
    }

    @Test
    void whenTheServerIsTooSlowThenTheCallFailsWithTimeoutWithoutBlockingTheCaller() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        server().script(r -> {
            try {
                answer.await(); // the server holds its answer until the end of the test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Answer.json("[]");
        });
        JellyfinClient c = new JellyfinClient(http(Duration.ofMillis(300), 1 << 20), jellyfin(10, 11, 0),
                OperationCatalog.IDENTITY, Credentials.apiKey("k3y", null));
        try {
            // returns although the server does not answer: a blocking call would never return
            CompletableFuture<List<SessionInfo>> future = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> c.getSessions(null));
            JellyfinApiException e = failure(future);
            assertEquals(Kind.TIMEOUT, e.getKind());
            assertTrue(e.isAnswerLost(), "the request was out: the server may have carried it out");
        } finally {
            answer.countDown();
        }
    }

    @Test
    void whenTheConnectionBreaksAfterTheRequestArrivedThenTheAnswerCountsAsLost() throws Exception {
        server().script(r -> Answer.dropped());
        JellyfinApiException e = failure(client(jellyfin(10, 11, 0), Credentials.apiKey("k3y", USER))
                .markPlayed(null, ITEM, null));

        assertEquals(Kind.UNREACHABLE, e.getKind());
        assertTrue(e.isAnswerLost(), "the server may have carried it out");
        assertEquals(1, server().received().size());
    }

    @Test
    void whenNobodyListensThenTheRequestCannotHaveArrivedAndNoAnswerIsLost() throws Exception {
        URI nobody = server().uri();
        server().close();
        JellyfinClient c = new JellyfinClient(new HttpExecutor(httpClient, nobody, Duration.ofSeconds(5), 1 << 20),
                jellyfin(10, 11, 0), OperationCatalog.IDENTITY, Credentials.apiKey("k3y", USER));

        JellyfinApiException e = failure(c.markPlayed(null, ITEM, null));

        assertEquals(Kind.UNREACHABLE, e.getKind());
        assertFalse(e.isAnswerLost(), "refused: nothing reached the server");
    }

    @Test
    void whenTheAnswerIsLargerThanTheCapThenItIsRefused() throws Exception {
        server().script(r -> Answer.json("[" + "{\"Id\":\"x\"},".repeat(500) + "{}]"));
        JellyfinClient c = new JellyfinClient(http(Duration.ofSeconds(5), 1024), jellyfin(10, 11, 0),
                OperationCatalog.IDENTITY, Credentials.apiKey("k3y", null));
        JellyfinApiException e = failure(c.getSessions(null));
        assertEquals(Kind.UNEXPECTED_RESPONSE, e.getKind());
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void whenAnImageIsFetchedThenItComesWithItsMediaTypeAndTheBridgesCredentials() throws Exception {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3 };
        server().script(r -> Answer.binary("image/png", png, null));
        JellyfinClient c = client(jellyfin(10, 11, 0), Credentials.apiKey("k3y", USER));

        ItemImage image = c.getPrimaryImage(ITEM, "tag1", 600, 2 << 20).get(10, TimeUnit.SECONDS);

        assertEquals(new ItemImage(png, "image/png"), image);
        TinyServer.Received request = server().received().get(0);
        assertEquals("/Items/" + Guids.dashed(ITEM) + "/Images/Primary", request.path());
        assertEquals("tag=tag1&maxWidth=600", request.query());
        assertTrue(String.valueOf(request.headers().get("Authorization")).contains("Token=\"k3y\""));
    }

    @Test
    void whenAnImageIsLargerThanTheCapThenItIsRefusedWhileItIsRead() throws Exception {
        CountDownLatch rest = new CountDownLatch(1);
        // 3 MB are sent and flushed, then the answer stays open: only a cap applied while reading can fail it now
        server().script(r -> Answer.binary("image/png", new byte[3 << 20], rest));
        JellyfinClient c = new JellyfinClient(http(Duration.ofSeconds(30), 1 << 20), jellyfin(10, 11, 0),
                OperationCatalog.IDENTITY, Credentials.apiKey("k3y", USER));
        try {
            JellyfinApiException e = failure(c.getPrimaryImage(ITEM, null, 600, 2 << 20));
            assertEquals(Kind.UNEXPECTED_RESPONSE, e.getKind());
            assertTrue(e.getMessage().contains("larger than 2 MB"), e.getMessage());
        } finally {
            rest.countDown();
        }
    }

    @Test
    void whenTheAnswerIsNotAnImageThenNoImageComes() throws Exception {
        server().script(r -> Answer.json("{\"Message\":\"not an image\"}"));
        JellyfinClient c = client(jellyfin(10, 11, 0), Credentials.apiKey("k3y", USER));
        JellyfinApiException e = failure(c.getPrimaryImage(ITEM, null, 600, 2 << 20));
        assertEquals(Kind.UNEXPECTED_RESPONSE, e.getKind());
        assertTrue(e.getMessage().contains("application/json"), e.getMessage());
    }

    @Test
    void whenTheAnswerIsNotJsonThenItIsAnUnexpectedResponse() throws Exception {
        server().script(r -> Answer.json("<html>oops</html>"));
        JellyfinClient c = client(jellyfin(10, 11, 0), Credentials.apiKey("k3y", null));
        assertEquals(Kind.UNEXPECTED_RESPONSE, failure(c.getSessions(null)).getKind());
    }

    @Test
    void whenNobodyListensThenTheServerIsUnreachable() throws Exception {
        URI closed = server().uri();
        server().close();
        JellyfinClient c = new JellyfinClient(new HttpExecutor(httpClient, closed), jellyfin(10, 11, 0),
                OperationCatalog.IDENTITY, Credentials.apiKey("k3y", null));
        JellyfinApiException e = failure(c.pingSession("abc"));
        assertEquals(Kind.UNREACHABLE, e.getKind());
        assertTrue(e.isTransient());
    }

    @Test
    void whenAnApiKeyHasNoUserThenUserScopedCallsFailBeforeSending() throws Exception {
        JellyfinClient c = client(jellyfin(10, 11, 0), Credentials.apiKey("k3y", null));
        assertEquals(Kind.MISSING_USER_ID, failure(c.markPlayed(null, ITEM, null)).getKind());
        assertEquals(Kind.MISSING_USER_ID, failure(c.getItem(null, ITEM)).getKind());
        assertEquals(List.of(), server().received());
    }

    @Test
    void whenLoggingInThenTheHeaderHasNoTokenAndTheTokenIsUsedAfterwards() throws Exception {
        String login = Fixtures.load("jellyfin-10.8.10_authenticatebyname_sessioninfo_demo_jellyash.json");
        server().script(r -> r.path().endsWith("/AuthenticateByName") ? Answer.json(login)
                : Answer.json("{\"Played\":true,\"PlayCount\":1}"));
        JellyfinClient anonymous = client(jellyfin(10, 8, 13), null);
        AuthenticationResult result = anonymous.login("alice", "pa\"ss").get(30, TimeUnit.SECONDS);
        TinyServer.Received loginRequest = server().received().get(0);
        assertEquals("POST", loginRequest.method());
        assertEquals("{\"Username\":\"alice\",\"Pw\":\"pa\\\"ss\"}", loginRequest.body());
        String header = loginRequest.headers().get("Authorization");
        assertNotNull(header);
        assertTrue(header.startsWith("MediaBrowser Client=\"openHAB\", Device=\""), header);
        assertFalse(header.contains("Token="));

        JellyfinClient c = anonymous
                .withCredentials(Credentials.userToken(result.getAccessToken(), result.getUserId()));
        UserItemData data = c.markPlayed(null, ITEM, null).get(30, TimeUnit.SECONDS);
        assertTrue(data.isPlayed());
        TinyServer.Received played = server().received().get(1);
        assertEquals("/Users/" + Guids.dashed(USER) + "/PlayedItems/" + Guids.dashed(ITEM), played.path());
        assertTrue(String.valueOf(played.headers().get("Authorization"))
                .endsWith("Token=\"2359d1cc781b78913b18be1bcdedc359\""));
    }

    @Test
    void whenTheLoginIsRefusedThenTheMessageSaysSo() throws Exception {
        server().script(r -> Answer.status(401));
        JellyfinApiException e = failure(client(jellyfin(10, 11, 0), null).login("alice", "wrong"));
        assertEquals(Kind.UNAUTHORIZED, e.getKind());
        assertEquals("The server refused the user name or password", e.getMessage());
    }

    @Test
    void whenTalkingToEmbyThenTheTokenTravelsInItsOwnHeaderUnderTheEmbyPath() throws Exception {
        server().script(r -> Answer.json("{\"Played\":true}"));
        ServerDialect emby = ServerDialect
                .forServer(new ServerInfo(ServerProduct.EMBY, ServerVersion.of(4, 8, 11), "id", "name"));
        JellyfinClient c = client(emby, Credentials.userToken("tok42", "f9e8d7c6b5a44f3e8d2c1b0a9f8e7d6c"));
        c.markPlayed(null, "4785434", java.time.Instant.parse("2026-11-21T07:00:00Z")).get(30, TimeUnit.SECONDS);
        TinyServer.Received r = server().received().get(0);
        assertEquals("/emby/Users/f9e8d7c6b5a44f3e8d2c1b0a9f8e7d6c/PlayedItems/4785434", r.path());
        assertEquals("DatePlayed=20261121070000", r.query());
        assertEquals("tok42", r.headers().get("X-Emby-Token"));
        assertTrue(String.valueOf(r.headers().get("X-Emby-Authorization"))
                .startsWith("Emby UserId=\"f9e8d7c6b5a44f3e8d2c1b0a9f8e7d6c\", Client=\"openHAB\""));
    }

    @Test
    void whenSessionsAreFetchedThenTheCallersParserGetsTheRawBody() throws Exception {
        String body = Fixtures.load("emby_sessions_playing_directplay_roku_markhahn.json");
        server().script(r -> Answer.json(body));
        JellyfinClient c = client(jellyfin(10, 11, 0), Credentials.apiKey("k3y", null));
        assertEquals(body.length(), c.getSessions("roku-1", String::length).get(30, TimeUnit.SECONDS));
        assertEquals("deviceId=roku-1", server().received().get(0).query());
        JellyfinApiException e = failure(c.getSessions(null, raw -> {
            throw new IllegalStateException("bad");
        }));
        assertEquals(Kind.UNEXPECTED_RESPONSE, e.getKind());
        assertEquals("Roku SG", c.getSessions(null).get(30, TimeUnit.SECONDS).get(0).getClient());
    }

    @Test
    void whenTheServerIsProbedThenJellyfinAndEmbyAreToldApart() throws Exception {
        String jellyfinInfo = Fixtures.load("jellyfin-10.8.10_system_info_public_demo_jellyash.json");
        server().script(r -> Answer.json(jellyfinInfo));
        ServerDialect d = ServerProbe.detectDialect(http(Duration.ofSeconds(5), 1 << 20)).get(30, TimeUnit.SECONDS);
        assertEquals("Jellyfin 10.8 (10.8.10)", d.name());

        String embyInfo = Fixtures.load("emby-4.4.3.0_system_info_public_mageni.json");
        server().script(r -> r.path().startsWith("/emby/") ? Answer.json(embyInfo) : Answer.status(404));
        ServerInfo info = ServerProbe.detect(http(Duration.ofSeconds(5), 1 << 20)).get(30, TimeUnit.SECONDS);
        assertEquals(ServerProduct.EMBY, info.product());
        assertEquals("mediahome", info.name());
    }

    @Test
    void whenAnOldJellyfinIsProbedThenItIsRefusedAsUnsupported() throws Exception {
        server().script(r -> Answer.json(Fixtures.load("spec_system_info_public_jellyfin_10.7.json")));
        JellyfinApiException e = failure(ServerProbe.detectDialect(http(Duration.ofSeconds(5), 1 << 20)));
        assertEquals(Kind.UNSUPPORTED_SERVER, e.getKind());
        assertTrue(e.getMessage().contains("10.8"));
    }

    @Test
    void whenJellyfin12ReportsByItemThenTheSessionReportIsSent() throws Exception {
        JellyfinClient c = client(jellyfin(12, 0, 0), Credentials.userToken("t", USER));
        c.onPlaybackProgress(null, new ItemPlayback(ITEM, null, null, 50_000_000L, true)).get(30, TimeUnit.SECONDS);
        TinyServer.Received r = server().received().get(0);
        assertEquals("/Sessions/Playing/Progress", r.path());
        assertEquals("{\"ItemId\":\"" + Guids.dashed(ITEM) + "\",\"PositionTicks\":50000000,\"IsPaused\":true}",
                r.body());
    }
}
