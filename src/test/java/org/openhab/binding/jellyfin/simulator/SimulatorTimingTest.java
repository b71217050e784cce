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
package org.openhab.binding.jellyfin.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The real-time stamps for latency measurements: when a request arrived, when a push was sent.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorTimingTest {

    @Test
    void whenARequestArrivesThenItCarriesTheNanoTimeOfItsArrival() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11)) {
            long before = System.nanoTime();
            assertEquals(200, HttpProbe.as(sim, sim.apiKey()).get("/Sessions").statusCode());
            long after = System.nanoTime();

            RecordedRequest request = sim.requests().assertReceived(Req.get("/Sessions"));
            assertTrue(request.arrivalNanos() - before > 0, "stamped after the request was sent");
            assertTrue(after - request.arrivalNanos() > 0, "stamped before the answer came back");
        }
    }

    @Test
    void whenAPushIsSentThenListenersGetItsTypeAndTheTimeBeforeTheClientHasIt() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11);
                WsProbe probe = SimTestSupport.connect(sim, sim.login("alice", "probe"), "probe")) {
            SimClient tv = sim.newClient("TV").add().play("film-1");
            SimTestSupport.subscribe(probe);
            probe.clear();
            List<String> types = new CopyOnWriteArrayList<>();
            List<Long> times = new CopyOnWriteArrayList<>();
            PushListener listener = (type, nanoTime) -> {
                types.add(type);
                times.add(nanoTime);
            };
            sim.addPushListener(listener);
            long before = System.nanoTime();

            tv.pause();
            probe.await("Sessions", SimTestSupport.WAIT);
            long after = System.nanoTime();
            sim.removePushListener(listener);
            tv.resume();
            probe.await("Sessions", SimTestSupport.WAIT);

            assertEquals(List.of("Sessions"), types);
            assertTrue(times.get(0) - before >= 0 && after - times.get(0) > 0, "stamped between change and arrival");
        }
    }
}
