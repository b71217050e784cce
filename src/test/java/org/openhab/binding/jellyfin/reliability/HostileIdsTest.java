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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.Credentials;
import org.openhab.binding.jellyfin.internal.api.GeneralCommand;
import org.openhab.binding.jellyfin.internal.api.HttpExecutor;
import org.openhab.binding.jellyfin.internal.api.ItemPlayback;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.PlayCommand;
import org.openhab.binding.jellyfin.internal.api.PlaystateCommand;
import org.openhab.binding.jellyfin.internal.api.ServerProbe;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.SimAccounts;
import org.openhab.binding.jellyfin.simulator.SimClient;

/**
 * Ids and texts that try to leave their place in a request (path traversal, encoded slashes, quotes, line breaks,
 * control characters) are refused by the client before anything is sent, on Jellyfin and on Emby; what reaches the
 * simulator is checked, not what the client says it did.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class HostileIdsTest {

    static final List<String> HOSTILE_IDS = List.of("../../System/Restart", "..", ".", "a/b", "/System/Shutdown",
            "a%2Fb", "%2e%2e%2fSystem%2fRestart", "a\\b", "a\"b", "a'b", "a\r\nX-Injected: 1", "a\nb", "a\u0000b",
            "a b", "a?b=c", "a#b", "a;b", "a&ApiKey=x", "");

    @RegisterExtension
    final SecretsInLogsWatch secrets = new SecretsInLogsWatch();

    private final HttpClient http = new HttpClient();
    private final List<JellyfinSimulator> sims = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        http.stop();
        sims.forEach(JellyfinSimulator::close);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_11", "JELLYFIN_10_8", "EMBY_4_9" })
    void whenAnIdTriesToLeaveItsPathSegmentThenNothingReachesTheServer(Dialect dialect) throws Exception {
        JellyfinSimulator sim = secrets.watch(JellyfinSimulator.start(dialect));
        sims.add(sim);
        SimClient tv = sim.newClient("TV").user("alice").add();
        JellyfinClient client = client(sim);
        String user = sim.admin().id();
        String item = sim.itemId("film-1");
        List<Function<String, CompletableFuture<?>>> operations = List.of(
                id -> client.playstate(id, PlaystateCommand.PAUSE, null),
                id -> client.generalCommand(id, GeneralCommand.mute()),
                id -> client.sendMessage(id, "Hello", "World", null),
                id -> client.play(tv.id(), PlayCommand.PLAY_NOW, List.of(id), null),
                id -> client.play(id, PlayCommand.PLAY_NOW, List.of(item), null),
                id -> client.markPlayed(user, id, null), id -> client.markUnplayed(user, id),
                id -> client.markPlayed(id, item, null), id -> client.getItem(user, id),
                id -> client.getUserData(user, id), id -> client.onPlaybackStart(user, ItemPlayback.of(id)),
                id -> client.onPlaybackStopped(id, ItemPlayback.of(item)), client::pingSession,
                id -> client.getItems(user, List.of(item, id)), id -> client.getPrimaryImage(id, null, 600, 1 << 20),
                id -> client.getPrimaryImage(item, id, 600, 1 << 20));
        int refused = 0;
        int encoded = 0;
        for (String id : HOSTILE_IDS) {
            for (int op = 0; op < operations.size(); op++) {
                String what = "operation " + op + " with <" + id + ">";
                int before = sim.requests().all().size();
                CompletableFuture<?> call = operations.get(op).apply(id);
                try {
                    call.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (JellyfinApiException.unwrap(e).getKind() == Kind.INVALID_ARGUMENT) {
                        refused++;
                        continue;
                    }
                }
                List<RecordedRequest> reached = sim.requests().all().subList(before, sim.requests().all().size());
                assertFalse(reached.isEmpty(), what);
                reached.forEach(request -> assertStayedInItsPlace(request, id, what));
                encoded++;
            }
        }

        assertTrue(sim.isRunning(), "the server was not restarted or shut down");
        Figures.record("hostile ids " + dialect, (refused + encoded) + " calls with " + HOSTILE_IDS.size()
                + " hostile ids: " + refused + " refused before sending, " + encoded
                + " sent with the id as one encoded query value or left out (the route does not use it),"
                + " 0 left their place");
    }

    /** A hostile value that was sent anyway is one query value, never a path, never a header. */
    private static void assertStayedInItsPlace(RecordedRequest request, String id, String what) {
        String path = request.path().toLowerCase(Locale.ROOT);
        assertFalse(path.contains("/system") || path.contains(".."), what + ": " + request);
        assertNull(request.header("x-injected"), what + ": " + request);
        if (!id.isEmpty()) {
            assertFalse(request.path().contains(id), what + ": " + request);
            boolean whole = request.query().values().stream().anyMatch(values -> values.contains(id));
            boolean absent = request.query().values().stream().flatMap(List::stream).noneMatch(v -> v.contains(id));
            assertTrue(whole || absent, what + ": the id is one whole query value or not sent: " + request);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_11", "EMBY_4_9" })
    void whenAMessageTextCarriesLineBreaksOrQuotesThenItIsRefusedOrTravelsEncoded(Dialect dialect)
            throws Exception {
        JellyfinSimulator sim = secrets.watch(JellyfinSimulator.start(dialect));
        sims.add(sim);
        SimClient tv = sim.newClient("TV").user("alice").add();
        JellyfinClient client = client(sim);
        int before = sim.requests().all().size();

        CompletableFuture<?> sent = client.sendMessage(tv.id(), "Quote \" and & and /../", "Line\r\nX-Injected: 1",
                null);

        try {
            sent.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertEquals(Kind.INVALID_ARGUMENT, JellyfinApiException.unwrap(e).getKind());
        }
        for (RecordedRequest request : sim.requests().all().subList(before, sim.requests().all().size())) {
            assertNull(request.header("x-injected"), request.toString());
            assertFalse(request.path().toLowerCase(Locale.ROOT).contains("/system"), request.toString());
            assertTrue(request.path().startsWith(dialect.basePath() + "/Sessions/" + tv.id() + "/Message"),
                    request.toString());
        }
    }

    private JellyfinClient client(JellyfinSimulator sim) throws Exception {
        if (!http.isStarted()) {
            http.start();
        }
        HttpExecutor executor = new HttpExecutor(http, URI.create(sim.serverUrl()));
        return new JellyfinClient(executor, ServerProbe.detectDialect(executor).get(30, TimeUnit.SECONDS),
                new ClientIdentity("openHAB", "Hostile ids", "hostile-ids", "5.2"),
                Credentials.apiKey(SimAccounts.API_KEY, sim.admin().id()));
    }
}
