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
package org.openhab.binding.jellyfin.internal.live;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.live.SessionStateBuilder.T0;
import static org.openhab.binding.jellyfin.internal.live.SessionStateBuilder.session;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * When a silent socket means a refused subscription, and when it only means an idle server.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SubscriptionCheckTest {

    private final SessionDiff differ = new SessionDiff();
    private final SessionSnapshot idle = SessionSnapshot.of(List.of(session("tv").stopped().build()), T0);
    private final SessionSnapshot playing = SessionSnapshot
            .of(List.of(session("tv").playing("film", 0).build()), T0.plusSeconds(5));
    private final SessionSnapshot advanced = SessionSnapshot
            .of(List.of(session("tv").playing("film", 50_000_000L).build()), T0.plusSeconds(10));

    @Test
    void whenAPollRevealsAnUnpushedPlaybackStartThenTheSubscriptionIsSuspect() {
        SubscriptionCheck check = new SubscriptionCheck();
        check.subscribed();
        check.baselineApplied();

        assertTrue(check.checkPolled(differ.diff(idle, playing)), "suspect");
        assertTrue(check.graceEnded());
        assertTrue(check.isPolling());
    }

    @Test
    void whenAPollShowsOnlyProgressThenItProvesNothing() {
        SubscriptionCheck check = new SubscriptionCheck();
        check.subscribed();
        check.baselineApplied();

        assertFalse(check.checkPolled(differ.diff(playing, advanced)), "suspect");
        assertTrue(check.isUnconfirmed(), "checked again");
        assertFalse(check.checkPolled(differ.diff(advanced, advanced)), "suspect");
        assertTrue(check.isUnconfirmed(), "checked again");
    }

    @Test
    void whenTheResyncFailedThenTheFirstCheckOnlyServesAsBaseline() {
        SubscriptionCheck check = new SubscriptionCheck();
        check.subscribed();

        assertFalse(check.checkPolled(differ.diff(idle, playing)), "suspect");
        assertTrue(check.isUnconfirmed(), "checked again");
        assertTrue(check.checkPolled(differ.diff(playing, idle)), "suspect");
    }

    @Test
    void whenAPushArrivesDuringTheGraceThenTheSubscriptionStands() {
        SubscriptionCheck check = new SubscriptionCheck();
        check.subscribed();
        check.baselineApplied();
        check.checkPolled(differ.diff(idle, playing));

        assertFalse(check.pushArrived());
        assertFalse(check.graceEnded());
        assertFalse(check.isPolling());
        assertFalse(check.checkPolled(differ.diff(playing, idle)), "suspect");
        assertFalse(check.isUnconfirmed(), "checked again");
    }

    @Test
    void whenAPushArrivesWhilePollingThenPollingEnds() {
        SubscriptionCheck check = new SubscriptionCheck();
        check.refusedByPolicy();

        assertTrue(check.isPolling());
        assertTrue(check.pushArrived());
        assertFalse(check.isPolling());
    }
}
