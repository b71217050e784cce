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

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ItemImage;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.live.PrimaryImage;
import org.openhab.core.library.types.RawType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code playing-item-image} channel of a client thing: the primary image of the playing item (for an episode
 * without one, its series'; see {@link PrimaryImage}), fetched from the server with the bridge's credentials and
 * scaled down by the server to the configured width. It is fetched again only when the item or its image tag (or
 * the width) changes, never for a push that changes nothing else (after a failure only when the server could not
 * answer); an answer larger than {@link #MAX_BYTES} is refused while it is read. {@code UNDEF} when nothing plays,
 * the item has no image or it cannot be fetched.
 * <p>
 * A fetch runs on Jetty's threads and its answer is handed to the executor (the handler's scheduler), so the session
 * stream never waits for an image; an answer for an image that is no longer the one to show is dropped. Every
 * method runs under the given lock (the client handler's).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class PlayingItemImage {

    /** The largest image accepted. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Logger logger = LoggerFactory.getLogger(PlayingItemImage.class);
    private final Object lock;
    private final Executor executor;
    private final Consumer<State> publisher;
    /** The image asked for last (being fetched or shown), with its width; null when none is shown. */
    private @Nullable PrimaryImage wanted;
    private int wantedWidth;
    /** Incremented by every change of the image to show: older answers are dropped. */
    private long generation;

    /**
     * @param lock the lock every call holds, also taken to hand an answer over
     * @param publisher sets the channel's state (called under the lock)
     */
    PlayingItemImage(Object lock, Executor executor, Consumer<State> publisher) {
        this.lock = lock;
        this.executor = executor;
        this.publisher = publisher;
    }

    /**
     * The image to show now. Starts a fetch when it differs from the one asked for last.
     *
     * @param client the bridge's client, or null when the bridge is not connected
     * @param image the playing item's image, or null when nothing plays or the item has none
     * @param maxWidth the width the server scales the image down to
     * @param linked whether an item is linked to the channel: nothing is fetched for nobody
     */
    void show(@Nullable JellyfinClient client, @Nullable PrimaryImage image, int maxWidth, boolean linked) {
        if (!linked) {
            forget();
            return;
        }
        if (Objects.equals(image, wanted) && maxWidth == wantedWidth) {
            return;
        }
        long gen = ++generation;
        wanted = image;
        wantedWidth = maxWidth;
        if (image == null || client == null) {
            publisher.accept(UnDefType.UNDEF);
            return;
        }
        logger.trace("Fetching the image {} of item {}", image.tag(), image.itemId());
        client.getPrimaryImage(image.itemId(), image.tag(), maxWidth, MAX_BYTES)
                .whenComplete((answer, failure) -> executor.execute(() -> arrived(gen, image, answer, failure)));
    }

    /** Nothing is shown any more (the channel was unlinked, the thing disposed): the next {@link #show} fetches. */
    void forget() {
        generation++;
        wanted = null;
        wantedWidth = 0;
    }

    private void arrived(long gen, PrimaryImage image, @Nullable ItemImage answer, @Nullable Throwable failure) {
        synchronized (lock) {
            if (gen != generation) {
                return;
            }
            if (answer != null) {
                publisher.accept(new RawType(answer.bytes(), answer.mimeType()));
                return;
            }
            JellyfinApiException e = JellyfinApiException
                    .unwrap(failure != null ? failure : new IllegalStateException("no answer"));
            logger.debug("The image {} of item {} cannot be shown: {}", image.tag(), image.itemId(), e.getMessage());
            if (e.isTransient()) {
                forget(); // the server is in trouble: the next push with this image tries again
            }
            publisher.accept(UnDefType.UNDEF);
        }
    }
}
