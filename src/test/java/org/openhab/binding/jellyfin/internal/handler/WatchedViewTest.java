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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.handler.MarkOutcome.Result;
import org.openhab.binding.jellyfin.internal.live.UserItemData;

/**
 * What a client shows of its viewer's watched state: only the viewer's data of the playing item, never data older
 * than what it shows, and a status note about refused marks until a mark works or the viewer changes.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class WatchedViewTest {

    private static final String BOB = "0a5f2c9e1b7d4e3f8a6b5c4d3e2f1a0b";
    private static final String ALICE = "1b6f3dae2c8e4f409b7c6d5e4f3a2b1c";
    private static final String ITEM = "7648c5d1a50b1e03f225a2ce76baef07";

    @Test
    void whenAnOlderHandOverArrivesLateThenItDoesNotReplaceNewerData() {
        WatchedView view = new WatchedView();
        assertTrue(view.follow(BOB, ITEM), "a new item is read");

        assertTrue(view.learn(BOB, data(true), 6));
        assertFalse(view.learn(BOB, data(false), 5), "learned before the data shown");
        assertEquals(Boolean.TRUE, view.watched());
        assertTrue(view.learn(BOB, data(false), 7));
        assertEquals(Boolean.FALSE, view.watched());
    }

    @Test
    void whenTheDataIsAnotherUsersOrItemsThenItIsNotShown() {
        WatchedView view = new WatchedView();
        view.follow(BOB, ITEM);

        assertFalse(view.concerns(ALICE, data(true)));
        assertFalse(view.learn(ALICE, data(true), 1));
        assertFalse(view.learn(BOB, new UserItemData("ffff", true, 1, 0, null, false, null), 2));
        assertNull(view.watched());
        assertFalse(view.follow(BOB, ITEM), "the same viewer and item are not read again");
        assertTrue(view.follow(ALICE, ITEM), "another viewer is read");
    }

    @Test
    void whenAMarkIsRefusedThenTheNoteStaysUntilAMarkWorksOrTheViewerChanges() {
        WatchedView view = new WatchedView();
        view.follow(BOB, ITEM);

        assertTrue(view.settled(new MarkOutcome(Result.REFUSED_FOR_OTHER_USER, ITEM, BOB, "admin"), null));
        assertEquals("@text/online.mark-refused-not-admin [\"" + BOB + "\"]", view.note());
        assertFalse(view.settled(new MarkOutcome(Result.MARKED, ITEM, ALICE, ""), null), "another viewer's mark");
        assertTrue(view.settled(new MarkOutcome(Result.MARKED, ITEM, BOB, ""), null));
        assertNull(view.note());

        view.settled(new MarkOutcome(Result.MARKED_FOR_BRIDGE_USER, ITEM, BOB, ""), null);
        assertEquals("@text/online.marked-for-bridge-user [\"" + BOB + "\"]", view.note());
        view.follow(ALICE, ITEM);
        assertNull(view.note(), "a new viewer starts without a note");
    }

    private static UserItemData data(boolean played) {
        return new UserItemData(ITEM, played, played ? 1 : 0, 0, null, false, null);
    }
}
