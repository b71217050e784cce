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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimSession;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;

/**
 * A player driven by openHAB, as linked items see it (start an item, move the position, pause, resume,
 * stop), becomes the right playback reports on every server dialect, in session and by-item mode; the
 * server shows the playback and keeps the final position as the resume point.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ReporterSequenceTest {

    private static final long TICKS_30_S = 300_000_000L;
    private static final long TICKS_95_S = 950_000_000L;

    static Stream<Arguments> dialectsAndModes() {
        List<Arguments> cases = new ArrayList<>();
        for (Dialect dialect : Dialect.values()) {
            cases.add(Arguments.of(dialect, "session"));
            cases.add(Arguments.of(dialect, "item"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dialectsAndModes")
    void whenLinkedItemsPlayPauseResumeAndStopThenServerSeesPlaybackAndKeepsResumePoint(Dialect dialect,
            String mode) throws Exception {
        try (ReporterRig rig = new ReporterRig(dialect).reporterConfig("reportMode", mode).start()) {
            JellyfinSimulator sim = rig.sim;
            String film = sim.itemId("film-1");
            Routes routes = Routes.of(dialect, mode);
            assertTrue(sim.isStrict(), "requests are checked against the server's spec");
            if (dialect.isEmby()) {
                // Emby wants the device's own session id with the capabilities: it is looked up first
                sim.requests().await(Req.get("/Sessions").query("DeviceId", ReporterRig.DEVICE_ID), ReporterRig.WAIT);
            } else {
                sim.requests().await(Req.post("/Sessions/Capabilities/Full").status(204)
                        .header("Authorization", "DeviceId=\"" + ReporterRig.DEVICE_ID + "\""), ReporterRig.WAIT);
            }

            rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(film));
            RecordedRequest start = sim.requests().await(routes.startReq(), ReporterRig.WAIT);
            assertTrue(start.headers().toString().contains("DeviceId=\"" + ReporterRig.DEVICE_ID + "\""),
                    "reported as the reporter's own device: " + start.headers());
            assertTrue(playing(sim, film).isPresent(), "the server shows the playback");

            rig.send(CHANNEL_REPORTER_POSITION, new QuantityType<>(30, Units.SECOND));
            sim.requests().await(routes.progressReq(TICKS_30_S, false), ReporterRig.WAIT);
            rig.send(CHANNEL_REPORTER_PAUSED, OnOffType.ON);
            sim.requests().await(routes.progressReq(TICKS_30_S, true), ReporterRig.WAIT);
            assertTrue(playing(sim, film).map(SimSession::isPaused).orElse(false), "the server shows it paused");
            rig.send(CHANNEL_REPORTER_PAUSED, OnOffType.OFF);
            rig.send(CHANNEL_REPORTER_POSITION, new DecimalType(95));
            sim.requests().await(routes.progressReq(TICKS_95_S, false), ReporterRig.WAIT);
            rig.send(CHANNEL_REPORTER_STOP, OnOffType.ON);
            sim.requests().await(routes.stopReq(TICKS_95_S), ReporterRig.WAIT);

            // the request is logged when it arrives: give the server the moment it takes to act on it
            awaitTrue(() -> playing(sim, film).isEmpty(), "playback ended on the server");
            awaitTrue(() -> sim.userData("alice", "film-1").positionTicks() == TICKS_95_S,
                    "the server keeps the resume point");
            sim.assertNoSpecViolations();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_10", "EMBY_4_9" })
    void whenMuteOrVolumeChangeThenASessionProgressCarriesThemAtOnce(Dialect dialect) throws Exception {
        try (ReporterRig rig = new ReporterRig(dialect).reporterConfig("reportMode", "session")
                .reporterConfig("progressInterval", 300).start()) {
            JellyfinSimulator sim = rig.sim;
            rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(sim.itemId("track-1")));
            rig.send(CHANNEL_REPORTER_MUTED, OnOffType.ON);
            sim.requests().await(Req.post("/Sessions/Playing/Progress").bodyContains("\"IsMuted\":true"),
                    ReporterRig.WAIT);
            rig.send(CHANNEL_REPORTER_VOLUME, new PercentType(40));
            sim.requests().await(Req.post("/Sessions/Playing/Progress").bodyContains("\"VolumeLevel\":40"),
                    ReporterRig.WAIT);

            SimSession session = playing(sim, sim.itemId("track-1")).orElseThrow();
            assertTrue(session.isMuted());
            assertEquals(40, session.volumeLevel());
            sim.assertNoSpecViolations();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_8", "JELLYFIN_12_0" })
    void whenNothingChangesThenKeepAliveProgressFollowsTheClockAndPingsThePlaySession(Dialect dialect)
            throws Exception {
        try (ReporterRig rig = new ReporterRig(dialect).start()) {
            JellyfinSimulator sim = rig.sim;
            rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(sim.itemId("film-2")));
            rig.send(CHANNEL_REPORTER_POSITION, new DecimalType(30));
            rig.clock.advance(Duration.ofSeconds(65));
            sim.requests().await(Req.post("/Sessions/Playing/Progress").bodyContains("\"PositionTicks\":950000000"),
                    ReporterRig.WAIT);
            RecordedRequest ping = sim.requests().await(Req.post("/Sessions/Playing/Ping").status(204),
                    ReporterRig.WAIT);
            RecordedRequest start = sim.requests().assertReceived(Req.post("/Sessions/Playing"));
            String playSession = ping.queryParam("playSessionId");
            assertNotNull(playSession);
            assertTrue(start.body().contains("\"PlaySessionId\":\"" + playSession + "\""), start.body());
        }
    }

    private static Optional<SimSession> playing(JellyfinSimulator sim, String itemId) {
        return sim.sessions().stream().filter(s -> itemId.equals(s.nowPlayingItemId())).findFirst();
    }

    /** The routes of one dialect and report mode. */
    record Routes(String startPath, String progressPath, String stopMethod, String stopPath, boolean session) {

        static Routes of(Dialect dialect, String mode) {
            boolean session = "session".equals(mode) || dialect == Dialect.JELLYFIN_12_0;
            if (session) {
                return new Routes("/Sessions/Playing", "/Sessions/Playing/Progress", "POST",
                        "/Sessions/Playing/Stopped", true);
            }
            String base = dialect.userIdInPlaystatePaths() ? "/Users/{u}/PlayingItems/{i}" : "/PlayingItems/{i}";
            return new Routes(base, base + "/Progress", "DELETE", base, false);
        }

        Req startReq() {
            return Req.post(startPath).status(204);
        }

        Req progressReq(long ticks, boolean paused) {
            Req req = Req.post(progressPath).status(204);
            return session ? req.bodyContains("\"PositionTicks\":" + ticks).bodyContains("\"IsPaused\":" + paused)
                    : req.query("positionTicks", Long.toString(ticks)).query("isPaused", Boolean.toString(paused));
        }

        Req stopReq(long ticks) {
            Req req = "POST".equals(stopMethod) ? Req.post(stopPath) : Req.delete(stopPath);
            req.status(204);
            return session ? req.bodyContains("\"PositionTicks\":" + ticks)
                    : req.query("positionTicks", Long.toString(ticks));
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long end = System.nanoTime() + ReporterRig.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail(what);
            }
            Thread.sleep(10);
        }
    }
}
