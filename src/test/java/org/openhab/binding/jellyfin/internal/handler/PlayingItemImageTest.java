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

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.jellyfin.host.BindingHost;
import org.openhab.binding.jellyfin.host.RecordingCallback;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.JellyfinSimulator;
import org.openhab.binding.jellyfin.simulator.RecordedRequest;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.binding.jellyfin.simulator.SimClient;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The {@code playing-item-image} channel on every dialect: the image arrives as a PNG of the configured width, once per
 * item or image change and not for the pushes in between; an episode without an image shows its series'; nothing
 * playing is UNDEF; a slow image never holds up the session's other channels; a too large one is refused.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class PlayingItemImageTest {

    private static final Req IMAGE = Req.get("/Items/{i}/Images/Primary");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenTheItemChangesThenItsImageArrivesOnceAndNotForEveryPush(Dialect dialect) throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(dialect); BindingHost host = new BindingHost()) {
            SimClient tv = sim.newClient("TV").user("bob").deviceId("tv-1").add();
            Bridge bridge = startBridge(host, alice(sim));
            Thing client = startClient(host, bridge, "tv-1");
            RecordingCallback callback = host.callback();
            ChannelUID image = channel(client, CHANNEL_PLAYING_ITEM_IMAGE);
            callback.awaitStateEquals(image, UnDefType.UNDEF, WAIT);

            tv.play("film-1");
            RawType film = (RawType) callback.awaitState(image, RawType.class::isInstance, WAIT);
            assertEquals("image/png", film.getMimeType());
            assertEquals(600, width(film), "scaled down to imageMaxWidth");
            assertEquals(1, sim.requests().count(IMAGE));

            tv.pause();
            callback.awaitStateEquals(channel(client, CHANNEL_PLAY_STATE), new StringType("PAUSED"), WAIT);
            tv.resume();
            sim.advance(Duration.ofSeconds(3));
            tv.volume(30);
            callback.awaitStateEquals(channel(client, CHANNEL_VOLUME), new PercentType(30), WAIT);
            assertEquals(1, sim.requests().count(IMAGE), "pushes that leave the image alone fetch nothing");

            tv.play("episode-1-2");
            State series = callback.awaitState(image, s -> s instanceof RawType && !s.equals(film), WAIT);
            assertEquals(2, sim.requests().count(IMAGE));
            assertEquals(sim.itemId("series"), imageItem(sim.requests().matching(IMAGE).get(1)),
                    "an episode without an image shows its series'");

            sim.library().replaceImage("series");
            tv.pause();
            callback.awaitState(image, s -> s instanceof RawType && !s.equals(series), WAIT);
            assertEquals(3, sim.requests().count(IMAGE), "a new image tag is fetched again");

            tv.stop();
            callback.awaitStateEquals(image, UnDefType.UNDEF, WAIT);
            assertEquals(3, sim.requests().count(IMAGE));
            sim.assertNoSpecViolations();
        }
    }

    @Test
    void whenTheImageIsSlowThenTheOtherChannelsDoNotWaitForIt() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.JELLYFIN_10_11);
                BindingHost host = new BindingHost()) {
            SimClient tv = sim.newClient("TV").user("bob").deviceId("tv-1").add();
            Bridge bridge = startBridge(host, alice(sim));
            Thing client = startClient(host, bridge, "tv-1");
            RecordingCallback callback = host.callback();
            ChannelUID image = channel(client, CHANNEL_PLAYING_ITEM_IMAGE);
            sim.holdImages();
            try {
                tv.play("film-2");
                sim.requests().awaitArrival(IMAGE, WAIT);
                tv.pause();

                callback.awaitStateEquals(channel(client, CHANNEL_PLAY_STATE), new StringType("PAUSED"), WAIT);
                assertFalse(callback.lastState(image) instanceof RawType, "the image is still on its way");
            } finally {
                sim.releaseImages();
            }
            callback.awaitState(image, RawType.class::isInstance, WAIT);
        }
    }

    @Test
    void whenTheImageIsLargerThanTwoMegabytesThenTheChannelIsUndef() throws Exception {
        try (JellyfinSimulator sim = JellyfinSimulator.start(Dialect.EMBY_4_9);
                BindingHost host = new BindingHost()) {
            SimClient tv = sim.newClient("TV").user("bob").deviceId("tv-1").add().play("film-1");
            Bridge bridge = startBridge(host, alice(sim));
            Thing client = startClient(host, bridge, "tv-1");
            ChannelUID image = channel(client, CHANNEL_PLAYING_ITEM_IMAGE);
            host.callback().awaitState(image, RawType.class::isInstance, WAIT);
            sim.serveOversizedImages(true);

            tv.play("film-3");

            host.callback().awaitStateEquals(image, UnDefType.UNDEF, WAIT);
            assertEquals(1, host.callback().states(image).stream().filter(RawType.class::isInstance).count(),
                    "film-3's image of several megabytes is not shown");
        }
    }

    private static int width(RawType image) throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.getBytes()));
        return decoded.getWidth();
    }

    private static String imageItem(RecordedRequest request) {
        return Guids.normalize(request.apiPath().split("/")[2]);
    }
}
