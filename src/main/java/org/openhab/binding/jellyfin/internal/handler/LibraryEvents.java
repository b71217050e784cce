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

import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.dto.BaseItem;
import org.openhab.binding.jellyfin.internal.live.LibraryChange;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge's library channels, from the server's {@code LibraryChanged} pushes: the {@code library-event} trigger
 * fires {@code ITEMS_ADDED}, {@code ITEMS_UPDATED} and {@code ITEMS_REMOVED}; {@code last-added-count} is the number
 * of items the last push added and {@code last-added-item} names the newest of them ("Series — Episode" or the
 * item's name). Naming it takes one look-up of the pushed items, in one request; {@code ITEMS_ADDED} fires once the
 * two channels show the push (also when the look-up failed: then the item is {@code UNDEF}), so a rule it triggers
 * reads them. Look-ups run one after the other, in the order of the pushes; answers come back on Jetty's threads and
 * are handed to the executor.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class LibraryEvents {

    static final String ITEMS_ADDED = "ITEMS_ADDED";
    static final String ITEMS_UPDATED = "ITEMS_UPDATED";
    static final String ITEMS_REMOVED = "ITEMS_REMOVED";

    private final Logger logger = LoggerFactory.getLogger(LibraryEvents.class);
    private final BiConsumer<String, State> states;
    private final BiConsumer<String, String> triggers;
    private final Executor executor;
    /** The look-up of the previous push: the next one starts after it. */
    private CompletableFuture<?> lookups = CompletableFuture.completedFuture(null);
    private volatile boolean disposed;

    /**
     * @param states sets a channel's state (the bridge's updateState)
     * @param triggers fires a trigger channel's event (the bridge's triggerChannel)
     */
    LibraryEvents(BiConsumer<String, State> states, BiConsumer<String, String> triggers, Executor executor) {
        this.states = states;
        this.triggers = triggers;
        this.executor = executor;
    }

    /**
     * A {@code LibraryChanged} push.
     *
     * @param server the connected server whose push it is, or null when the bridge is not connected any more
     */
    synchronized void changed(LibraryChange change, @Nullable ConnectedServer server) {
        if (disposed) {
            return;
        }
        if (change.removedCount() > 0) {
            triggers.accept(CHANNEL_LIBRARY_EVENT, ITEMS_REMOVED);
        }
        if (change.updatedCount() > 0) {
            triggers.accept(CHANNEL_LIBRARY_EVENT, ITEMS_UPDATED);
        }
        if (change.addedCount() == 0) {
            return;
        }
        lookups = lookups.handle((ignored, failure) -> null)
                .thenCompose(ignored -> lookUp(change, server).handle((name, failure) -> {
                    if (failure != null) {
                        logger.debug("The items the library added cannot be looked up: {}",
                                JellyfinApiException.unwrap(failure).getMessage());
                    }
                    CompletableFuture<@Nullable Void> shown = new CompletableFuture<>();
                    executor.execute(() -> {
                        added(change.addedCount(), name);
                        shown.complete(null);
                    });
                    return shown;
                }).thenCompose(shown -> shown));
    }

    /** Stops: pushes and look-ups still under way change nothing any more. */
    void dispose() {
        disposed = true;
    }

    private CompletableFuture<@Nullable String> lookUp(LibraryChange change, @Nullable ConnectedServer server) {
        if (server == null || change.itemsAdded().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<String> ids = change.itemsAdded();
        return server.client().getItems(server.userId(), ids).thenApply(items -> describe(newest(ids, items)));
    }

    private void added(int count, @Nullable String name) {
        if (disposed) {
            return;
        }
        states.accept(CHANNEL_LAST_ADDED_COUNT, new DecimalType(count));
        states.accept(CHANNEL_LAST_ADDED_ITEM, name == null ? UnDefType.UNDEF : new StringType(name));
        triggers.accept(CHANNEL_LIBRARY_EVENT, ITEMS_ADDED);
    }

    /**
     * @param ids the ids as pushed, oldest first
     * @return the newest pushed item that is not a folder (an episode rather than its new season), else the newest
     *         found at all; null when none was found
     */
    static @Nullable BaseItem newest(List<String> ids, List<BaseItem> items) {
        Map<String, BaseItem> byId = new HashMap<>();
        items.forEach(item -> byId.put(Guids.normalize(item.getId()), item));
        BaseItem folder = null;
        for (int i = ids.size() - 1; i >= 0; i--) {
            BaseItem item = byId.get(Guids.normalize(ids.get(i)));
            if (item != null && !item.isFolder()) {
                return item;
            }
            if (item != null && folder == null) {
                folder = item;
            }
        }
        return folder;
    }

    /** @return "Series — Episode" for an episode, else the item's name; null for no item or a nameless one */
    static @Nullable String describe(@Nullable BaseItem item) {
        if (item == null || item.getName().isBlank()) {
            return null;
        }
        String series = item.getSeriesName();
        return "Episode".equals(item.getType()) && series != null ? series + " \u2014 " + item.getName()
                : item.getName();
    }
}
