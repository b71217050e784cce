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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The reporter's status and configuration: it follows its bridge, refuses a bad interval, writes for its
 * configured user, and keeps a stop made while it never was online.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ReporterStatusTest {

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = { "JELLYFIN_10_11", "EMBY_4_8" })
    void whenTheBridgeUsesAnApiKeyThenWatchedMarksAreForTheReportersConfiguredUser(Dialect dialect)
            throws Exception {
        try (ReporterRig rig = new ReporterRig(dialect).withApiKey()) {
            JellyfinSimulator sim = rig.sim;
            rig.reporterConfig("userId", sim.user().id()).start();
            rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(sim.itemId("film-3")));
            rig.send(CHANNEL_REPORTER_WATCHED, OnOffType.ON);
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(0), ReporterRig.WAIT);

            assertTrue(sim.userData("bob", "film-3").played(), sim.requests().dump());
            assertFalse(sim.userData("alice", "film-3").played());
            sim.assertNoSpecViolations();
        }
    }

    @Test
    void whenTheProgressIntervalIsBelowOneSecondThenTheReporterHasAConfigurationError() throws Exception {
        try (ReporterRig rig = new ReporterRig(Dialect.JELLYFIN_10_10).reporterConfig("progressInterval", 0)
                .startWithoutWaiting()) {
            ThingStatusInfo status = rig.callback().awaitStatus(rig.reporterUid(), ThingStatus.OFFLINE,
                    ReporterRig.WAIT);
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        }
    }

    @Test
    void whenTheServerIsDownFromTheStartThenTheReporterWaitsOfflineAndItsStopIsSentOnceTheServerIsUp()
            throws Exception {
        try (ReporterRig rig = new ReporterRig(Dialect.JELLYFIN_10_9)) {
            rig.sim.stop();
            rig.startWithoutWaiting();
            ThingStatusInfo status = rig.callback().awaitStatus(rig.reporterUid(), ThingStatus.OFFLINE,
                    ReporterRig.WAIT);
            assertEquals(ThingStatusDetail.BRIDGE_OFFLINE, status.getStatusDetail());

            rig.send(CHANNEL_REPORTER_ITEM_ID, new StringType(rig.sim.itemId("track-2")));
            rig.send(CHANNEL_REPORTER_POSITION, new DecimalType(61));
            rig.send(CHANNEL_REPORTER_STOP, OnOffType.ON);
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(1), ReporterRig.WAIT);

            rig.serverBack();
            rig.callback().awaitStatus(rig.reporterUid(), ThingStatus.ONLINE, ReporterRig.WAIT);
            rig.sim.requests().await(Req.post("/Sessions/Playing/Stopped").bodyContains("\"PositionTicks\":610000000")
                    .header("Authorization", "DeviceId=\"" + ReporterRig.DEVICE_ID + "\"").status(204),
                    ReporterRig.WAIT);
            rig.callback().awaitStateEquals(rig.pendingWrites(), new DecimalType(0), ReporterRig.WAIT);
            rig.sim.requests().assertNotReceived(Req.post("/Sessions/Playing"));
        }
    }
}
