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
package org.openhab.binding.jellyfin.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.items.GenericItem;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.items.PlayerItem;
import org.openhab.core.library.items.StringItem;
import org.openhab.core.library.items.SwitchItem;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.link.ItemChannelLink;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;

/**
 * Items linked to the client's channels through openHAB's ItemChannelLinkRegistry: commands posted on the event bus
 * reach the simulated server as the right requests, the server's pushes become item state changes on the event
 * bus, and {@code playback-event} fires the channel trigger that a rule's trigger handler listens for.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@ExtendWith(ResultLines.class)
public class ItemsAndEventBusTest {

    private static final String CONTROL = "TV_Control";
    private static final String MUTE = "TV_Mute";
    private static final String TITLE = "TV_Title";
    private static final String WATCHED = "TV_Watched";

    private final ItemRegistry items = Framework.service(ItemRegistry.class);
    private final ItemChannelLinkRegistry links = Framework.service(ItemChannelLinkRegistry.class);
    private final EventPublisher bus = Framework.service(EventPublisher.class);
    private EventLog events;

    @BeforeEach
    void subscribe() {
        events = EventLog.open();
    }

    @AfterEach
    void cleanUp() {
        for (String item : List.of(CONTROL, MUTE, TITLE, WATCHED)) {
            links.removeLinksForItem(item);
            items.remove(item);
        }
        events.close();
    }

    @Test
    void commandsReachTheServerAndPushesBecomeItemStatesAndTriggers() {
        try (ServerScene scene = new ServerScene(Dialect.JELLYFIN_10_11, "events", 1)) {
            scene.online(events);
            ChannelUID playbackEvent = scene.channel("playback-event");

            // linked, each item gets the channel's current state from the handler
            int mark = events.mark();
            link(new PlayerItem(CONTROL), scene.channel("media-control"));
            link(new SwitchItem(MUTE), scene.channel("mute"));
            link(new StringItem(TITLE), scene.channel("playing-item-name"));
            link(new SwitchItem(WATCHED), scene.channel("playing-item-watched"));
            events.awaitItemState(TITLE, new StringType("Big Buck Bunny"), mark);
            events.awaitItemState(CONTROL, PlayPauseType.PLAY, mark);

            // pushes of the server: another film, then a pause
            mark = events.mark();
            scene.tv.play("film-2");
            events.awaitItemState(TITLE, new StringType("Sintel"), mark);
            events.awaitTrigger(playbackEvent, "ITEM_CHANGED", mark);
            mark = events.mark();
            scene.tv.pause();
            events.awaitItemState(CONTROL, PlayPauseType.PAUSE, mark);
            events.awaitTrigger(playbackEvent, "PAUSED", mark);

            // commands on the event bus
            String session = "/Sessions/" + scene.tv.id();
            scene.sim.requests().clear();
            mark = events.mark();
            bus.post(ItemEventFactory.createCommandEvent(CONTROL, PlayPauseType.PLAY));
            scene.sim.requests().await(Req.post(session + "/Playing/Unpause"), Framework.WAIT);
            events.awaitTrigger(playbackEvent, "RESUMED", mark);

            bus.post(ItemEventFactory.createCommandEvent(MUTE, OnOffType.ON));
            scene.sim.requests().await(Req.post(session + "/Command/Mute"), Framework.WAIT);

            mark = events.mark();
            bus.post(ItemEventFactory.createCommandEvent(WATCHED, OnOffType.ON));
            RecordedRequest played = scene.sim.requests().await(Req.post("/UserPlayedItems/{item}"), Framework.WAIT);
            assertEquals(scene.sim.itemId("film-2").replace("-", ""),
                    played.path().substring(played.path().lastIndexOf('/') + 1).replace("-", "").toLowerCase(),
                    "the playing film is marked watched");
            assertEquals(scene.sim.accounts().user("alice").id().replace("-", ""),
                    String.valueOf(played.queryParam("userId")).replace("-", "").toLowerCase(), "for the user");
            events.awaitItemState(WATCHED, OnOffType.ON, mark);
            assertTrue(scene.sim.userData("alice", "film-2").played(), "film-2 is watched on the server");

            assertEquals(List.of(), scene.sim.requests().all().stream().filter(r -> r.status() >= 400)
                    .map(RecordedRequest::toString).toList(), "requests the server refused");
        }
    }

    private void link(GenericItem item, ChannelUID channel) {
        items.add(item);
        links.add(new ItemChannelLink(item.getName(), channel));
    }
}
