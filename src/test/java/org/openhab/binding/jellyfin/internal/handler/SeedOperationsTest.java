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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;

/**
 * Every one of the nine playstate operations has a caller in the binding on every dialect: the reporter in
 * by-item mode (by-item reports, ping) with its watched channel (marks through the outbox), and the reporter
 * in session mode (session reports, ping). The table below lists, per dialect, the request each operation
 * becomes; Jellyfin 12 has no by-item routes and its dialect sends the by-item operations as session reports.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SeedOperationsTest {

    static final Set<String> SEEDS = Set.of("markPlayed", "markUnplayed",
            "onPlaybackStart", "onPlaybackProgress", "onPlaybackStopped",
            "pingSession", "reportPlaybackStart", "reportPlaybackProgress",
            "reportPlaybackStopped");

    private static final Set<String> SESSION_RUN = Set.of("reportPlaybackStart",
            "reportPlaybackProgress", "reportPlaybackStopped", "pingSession");

    /** The request each seed operation becomes on a dialect (by-item ones as sent in by-item mode). */
    static Map<String, Req> requests(Dialect dialect) {
        Map<String, Req> table = new HashMap<>();
        String played = dialect.userIdInPlaystatePaths() ? "/Users/{u}/PlayedItems/{i}" : "/UserPlayedItems/{i}";
        table.put("markPlayed", Req.post(played).status(200));
        table.put("markUnplayed", Req.delete(played).status(200));
        if (dialect.hasPlayingItemsRoutes()) {
            String playing = dialect.userIdInPlaystatePaths() ? "/Users/{u}/PlayingItems/{i}" : "/PlayingItems/{i}";
            table.put("onPlaybackStart", Req.post(playing).status(204));
            table.put("onPlaybackProgress", Req.post(playing + "/Progress").status(204));
            table.put("onPlaybackStopped", Req.delete(playing).status(204));
        } else {
            table.put("onPlaybackStart", Req.post("/Sessions/Playing").status(204));
            table.put("onPlaybackProgress", Req.post("/Sessions/Playing/Progress").status(204));
            table.put("onPlaybackStopped", Req.post("/Sessions/Playing/Stopped").status(204));
        }
        table.put("pingSession", Req.post("/Sessions/Playing/Ping").hasQuery("playSessionId").status(204));
        table.put("reportPlaybackStart", Req.post("/Sessions/Playing").status(204));
        table.put("reportPlaybackProgress", Req.post("/Sessions/Playing/Progress").status(204));
        table.put("reportPlaybackStopped", Req.post("/Sessions/Playing/Stopped").status(204));
        return table;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenReporterRunsInBothModesThenEveryPlaystateOperationReachesTheServer(Dialect dialect) throws Exception {
        Map<String, Req> table = requests(dialect);
        assertEquals(SEEDS, table.keySet(), "the table lists all nine operations");

        try (ReporterRig rig = new ReporterRig(dialect).reporterConfig("reportMode", "item").start()) {
            play(rig);
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.OFF);
            for (String op : SEEDS) {
                if (!SESSION_RUN.contains(op) || "pingSession".equals(op)) {
                    rig.sim.requests().await(table.get(op), ReporterRig.WAIT);
                }
            }
            if (dialect.hasPlayingItemsRoutes()) {
                rig.sim.requests().assertNotReceived(Req.any("/Sessions/Playing"));
            }
            rig.sim.assertNoSpecViolations();
        }
        try (ReporterRig rig = new ReporterRig(dialect).reporterConfig("reportMode", "session").start()) {
            play(rig);
            for (String op : SESSION_RUN) {
                rig.sim.requests().await(table.get(op), ReporterRig.WAIT);
            }
            rig.sim.requests().assertNotReceived(Req.any("/PlayingItems/{i}"));
            rig.sim.requests().assertNotReceived(Req.any("/Users/{u}/PlayingItems/{i}"));
            rig.sim.assertNoSpecViolations();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenTheReporterIsForAnotherUserThenEverySeedRouteThatNamesAUserNamesThatUser(Dialect dialect)
            throws Exception {
        ReporterRig rig = new ReporterRig(dialect);
        String bob = Guids.normalize(rig.sim.user().id());
        try (ReporterRig started = rig.reporterConfig("reportMode", "item").reporterConfig("userId", bob).start()) {
            play(started);
            started.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            started.sim.requests().await(requests(dialect).get("markPlayed"), ReporterRig.WAIT);
            started.send(CHANNEL_REPORTER_WATCHED, OnOffType.OFF);
            started.sim.requests().await(requests(dialect).get("markUnplayed"), ReporterRig.WAIT);

            List<String> users = started.sim.requests().all().stream().map(SeedOperationsTest::namedUser)
                    .filter(user -> !user.isEmpty()).distinct().toList();
            assertEquals(List.of(bob), users, started.sim.requests().dump());
            assertEquals(List.of(bob), Viewers.marksFor(started.sim, "POST"));
            assertEquals(List.of(bob), Viewers.marksFor(started.sim, "DELETE"));
            assertFalse(started.sim.userData("alice", "episode-1-1").played());
            started.sim.assertNoSpecViolations();
        }
    }

    /** @return the user a request names (in a /Users/{u}/ path or as userId), normalised; empty when none */
    private static String namedUser(RecordedRequest r) {
        String[] path = r.apiPath().split("/");
        if (path.length > 3 && "Users".equalsIgnoreCase(path[1]) && !"AuthenticateByName".equals(path[2])) {
            return Guids.normalize(path[2]);
        }
        String user = r.queryParam("userId");
        return user == null ? "" : Guids.normalize(user);
    }

    /** Start, a position, a keep-alive tick (progress and ping), stop. */
    private static void play(ReporterRig rig) {
        rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(rig.sim.itemId("episode-1-1")));
        rig.send(CHANNEL_REPORTER_POSITION, new DecimalType(12));
        rig.sim.requests().await(Req.post("/Sessions/Playing/Ping").status(204), ReporterRig.WAIT);
        rig.send(CHANNEL_REPORTER_STOP, OnOffType.ON);
    }
}
