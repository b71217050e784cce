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
import static org.openhab.binding.jellyfin.internal.handler.Viewers.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.Event;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;

/**
 * The bridge's library channels on every dialect: a library push fires {@code library-event}; for added items the
 * newest is looked up with one request, and {@code last-added-item} and {@code last-added-count} show it before
 * {@code ITEMS_ADDED} fires; a push without added items looks nothing up.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class LibraryEventsTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenAScanAddsAnEpisodeThenTheItemIsNamedBeforeItemsAddedFires(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect); BindingHost host = new BindingHost()) {
            Bridge bridge = startBridge(host, alice(sim));
            RecordingCallback callback = host.callback();
            ChannelUID events = channel(bridge, CHANNEL_LIBRARY_EVENT);
            ChannelUID item = channel(bridge, CHANNEL_LAST_ADDED_ITEM);
            ChannelUID count = channel(bridge, CHANNEL_LAST_ADDED_COUNT);
            String episode = sim.library().addEpisode("season-2", "Chapter 3");

            sim.libraryChanged(List.of(episode, "season-2"), List.of("film-1"), List.of("track-4"));

            callback.awaitTrigger(events, "ITEMS_ADDED", WAIT);
            assertEquals(new StringType("Open Movie Stories \u2014 Chapter 3"), callback.lastState(item),
                    "the newest item that is not a folder");
            assertEquals(new DecimalType(2), callback.lastState(count));
            List<Event> all = callback.events();
            int added = indexOf(all, e -> e instanceof Event.ChannelTriggered t && "ITEMS_ADDED".equals(t.event()));
            assertTrue(indexOf(all, e -> e instanceof Event.StateUpdated s && s.channelUID().equals(item)) < added);
            assertTrue(indexOf(all, e -> e instanceof Event.StateUpdated s && s.channelUID().equals(count)) < added);
            assertTrue(callback.triggers(events).containsAll(List.of("ITEMS_UPDATED", "ITEMS_REMOVED")),
                    callback.triggers(events).toString());
            assertEquals(1, sim.requests().count(lookUp(dialect)), "one look-up for the push");

            sim.libraryChanged(List.of(), List.of("film-2"), List.of());
            callback.awaitEvent(e -> e instanceof Event.ChannelTriggered t && "ITEMS_UPDATED".equals(t.event())
                    && callback.triggers(events).stream().filter("ITEMS_UPDATED"::equals).count() == 2, WAIT);
            assertEquals(1, sim.requests().count(lookUp(dialect)), "a push that adds nothing looks nothing up");
            assertEquals(1, callback.triggers(events).stream().filter("ITEMS_ADDED"::equals).count());
            sim.assertNoSpecViolations();
        }
    }

    /** The look-up of the items a push names: Jellyfin's {@code /Items?ids=}, Emby's {@code /Users/{u}/Items?Ids=}. */
    private static Req lookUp(Dialect dialect) {
        return dialect.isEmby() ? Req.get("/Users/{u}/Items").hasQuery("Ids") : Req.get("/Items").hasQuery("ids");
    }

    private static int indexOf(List<Event> events, java.util.function.Predicate<Event> matches) {
        for (int i = 0; i < events.size(); i++) {
            if (matches.test(events.get(i))) {
                return i;
            }
        }
        fail("no such event in " + events);
        return -1;
    }
}
