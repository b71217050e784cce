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

import java.time.Clock;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.handler.MarkOutcome.Result;
import org.openhab.binding.jellyfin.internal.live.UserDataChange;
import org.openhab.binding.jellyfin.internal.live.UserItemData;
import org.openhab.binding.jellyfin.internal.live.WatchedTracker;
import org.openhab.binding.jellyfin.internal.outbox.PendingWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watched state of items per user, for one bridge. A user's data of an item is learned from three sources: the
 * server's {@code UserDataChanged} pushes (the servers send them only for the user the socket belongs to), the
 * answers to the watched marks the outbox sends, and a read of a user's data when a client starts playing an item.
 * What is learned goes to the bridge's client things, which show it when it concerns their session's user and
 * playing item; the {@link WatchedTracker} tells which items just became watched (the {@code WATCHED} event), once,
 * whichever source says so first. A read that was under way while newer data of the same item arrived is dropped.
 * <p>
 * It also sends the outbox's writes, each for the user it was made for. When the server refuses a mark for another
 * user than the bridge's (the bridge's user is not an administrator), the mark is refused for good, or, when the
 * bridge's configuration asks for it, made for the bridge's user instead; the thing that made the mark hears which.
 * <p>
 * Answers arrive on Jetty's threads: what they teach is handed to the given executor (the bridge's scheduler).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class UserDataRelay {

    /** Why a mark for another user was refused, for the log and the thing's status. */
    static final String ADMIN_NEEDED = "only an administrator (or an API key) may mark items for another user: "
            + "log in as an administrator or use an API key, or turn on the bridge's fallbackToBridgeUser "
            + "to mark them for the bridge's user";
    private static final int CAPACITY = 10_000;

    private final Logger logger = LoggerFactory.getLogger(UserDataRelay.class);
    private final WatchedTracker tracker;
    private final Collection<ClientHandler> clients;
    private final Executor executor;
    private final Map<String, MarkOutcome.Listener> listeners = new ConcurrentHashMap<>();
    /** The latest data learned per user and item, and when (a counter); least recently used first. */
    private final LinkedHashMap<String, Learned> learned = new LinkedHashMap<>(64, 0.75f, true);
    private long count;

    /**
     * Data learned of a user's item, numbered in the order it was learned: a client never replaces data with data of
     * a lower number (a hand-over that was overtaken).
     */
    record Learned(long at, UserItemData data) {
    }

    /**
     * @param clients the bridge's client things (a live view)
     * @param executor where what answers teach is handed on
     */
    UserDataRelay(Clock clock, Collection<ClientHandler> clients, Executor executor) {
        this.tracker = new WatchedTracker(clock);
        this.clients = clients;
        this.executor = executor;
    }

    /** The thing with this UID hears what became of the marks it made. */
    void addListener(String thingUid, MarkOutcome.Listener listener) {
        listeners.put(thingUid, listener);
    }

    void removeListener(String thingUid) {
        listeners.remove(thingUid);
    }

    /** A {@code UserDataChanged} push, on the stream's queue. */
    void pushed(UserDataChange change) {
        String userId = Guids.normalize(change.userId());
        List<UserItemData> newly;
        synchronized (this) {
            newly = tracker.newlyWatched(new UserDataChange(userId, change.items()));
            change.items().forEach(item -> remember(userId, item));
        }
        for (UserItemData item : change.items()) {
            fanOut(userId, item.itemId(), newly.contains(item));
        }
    }

    /**
     * Reads a user's data of an item; what it says goes to the clients unless newer data of the item arrived while
     * it was read. A read tells a state, not a change: it never makes a {@code WATCHED} event.
     *
     * @return the latest data of the item once the read is taken in (the read's, or newer data that arrived while it
     *         was read), completed on the executor; failed with a {@link JellyfinApiException} (FORBIDDEN: the
     *         bridge's user may not read another user's data)
     */
    CompletableFuture<Learned> read(ConnectedServer server, String userId, String itemId) {
        String user = Guids.normalize(userId);
        long asked;
        synchronized (this) {
            asked = count;
        }
        CompletableFuture<Learned> result = new CompletableFuture<>();
        server.client().getUserData(user, itemId).whenComplete((data, failure) -> {
            if (data == null) {
                result.completeExceptionally(JellyfinApiException
                        .unwrap(failure != null ? failure : new IllegalStateException("no answer")));
                return;
            }
            UserItemData item = live(itemId, data);
            executor.execute(() -> result.complete(readArrived(user, item, asked)));
        });
        return result;
    }

    /** @return the latest data of the item: the read's, or what arrived while it was read */
    private Learned readArrived(String userId, UserItemData item, long asked) {
        Learned latest;
        synchronized (this) {
            Learned known = learned.get(key(userId, item.itemId()));
            if (known != null && known.at() > asked) {
                return known;
            }
            tracker.newlyWatched(new UserDataChange(userId, List.of(item))); // the baseline of later changes
            latest = remember(userId, item);
        }
        fanOut(userId, item.itemId(), false);
        return latest;
    }

    /**
     * Sends one write of the outbox, for the user it was made for (else the bridge's).
     *
     * @param fallbackToBridgeUser whether a mark the server refuses for another user goes to the bridge's user
     * @return completes when the server accepted the write; fails with a {@link JellyfinApiException}
     */
    CompletableFuture<?> send(ConnectedServer server, PendingWrite write, boolean fallbackToBridgeUser) {
        String user = Guids.normalize(write.userId(server.userId()));
        if (!write.isMark()) {
            return write.sendAs(server.client(), user);
        }
        return write.sendAs(server.client(), user).handle((answer, failure) -> {
            if (failure == null) {
                marked(write, user, answer, Result.MARKED, "");
                return CompletableFuture.<@Nullable Object> completedFuture(answer);
            }
            return refused(server, write, user, JellyfinApiException.unwrap(failure), fallbackToBridgeUser);
        }).thenCompose(next -> next);
    }

    private CompletableFuture<@Nullable Object> refused(ConnectedServer server, PendingWrite write, String user,
            JellyfinApiException e, boolean fallbackToBridgeUser) {
        boolean otherUser = e.getKind() == Kind.FORBIDDEN && !user.isEmpty() && server.hasUser()
                && !Guids.same(user, server.userId());
        if (!otherUser) {
            if (!e.isTransient() && e.getKind() != Kind.UNAUTHORIZED && e.getKind() != Kind.UNEXPECTED_RESPONSE) {
                settle(write, Result.REFUSED, user, String.valueOf(e.getMessage()));
            }
            return CompletableFuture.failedFuture(e);
        }
        if (!fallbackToBridgeUser) {
            settle(write, Result.REFUSED_FOR_OTHER_USER, user, ADMIN_NEEDED);
            return CompletableFuture.failedFuture(
                    new JellyfinApiException(Kind.FORBIDDEN, ADMIN_NEEDED, e.getHttpStatus(), null));
        }
        String bridgeUser = Guids.normalize(server.userId());
        logger.info("The server refused the {} for user {} (the bridge's user is not an administrator): marking it for "
                + "the bridge's user {} instead, as fallbackToBridgeUser says", write, user, bridgeUser);
        return write.sendAs(server.client(), bridgeUser).thenApply(answer -> {
            marked(write, bridgeUser, answer, Result.MARKED_FOR_BRIDGE_USER, "refused for user " + user);
            return answer;
        });
    }

    private void marked(PendingWrite write, String user, @Nullable Object answer, Result result, String reason) {
        if (answer instanceof org.openhab.binding.jellyfin.internal.api.dto.UserItemData data) {
            UserItemData item = live(write.itemId(), data);
            executor.execute(() -> markAnswered(user, item));
        }
        // the thing hears about the user it asked for: its own, even when the mark went to the bridge's user
        settle(write, result, Guids.normalize(write.userId(user)), reason);
    }

    /** @return the server's answer about an item's user data as the live stream's pushes carry it */
    private static UserItemData live(String itemId, org.openhab.binding.jellyfin.internal.api.dto.UserItemData data) {
        return UserItemData.of(itemId, data.isPlayed(), data.getPlayCount(), data.getPlaybackPositionTicks(),
                data.isFavorite(), data.getLastPlayedDate());
    }

    private void markAnswered(String userId, UserItemData item) {
        List<UserItemData> newly;
        synchronized (this) {
            newly = tracker.newlyWatched(new UserDataChange(userId, List.of(item)));
            remember(userId, item);
        }
        fanOut(userId, item.itemId(), !newly.isEmpty());
    }

    private void settle(PendingWrite write, Result result, String user, String reason) {
        MarkOutcome.Listener listener = listeners.get(write.source());
        if (listener != null) {
            MarkOutcome outcome = new MarkOutcome(result, write.itemId(), user, reason);
            executor.execute(() -> listener.markSettled(outcome));
        }
    }

    /**
     * Hands the clients the latest data learned of the user's item, with its number: a hand-over overtaken by a newer
     * one is ignored by the clients.
     */
    private void fanOut(String userId, String itemId, boolean newlyWatched) {
        Learned latest;
        synchronized (this) {
            latest = learned.get(key(userId, itemId));
        }
        if (latest != null) {
            Learned data = latest;
            clients.forEach(client -> client.onUserData(userId, data, newlyWatched));
        }
    }

    private Learned remember(String userId, UserItemData item) {
        Learned entry = new Learned(++count, item);
        learned.put(key(userId, item.itemId()), entry);
        if (learned.size() > CAPACITY) {
            Iterator<String> eldest = learned.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return entry;
    }

    private static String key(String userId, String itemId) {
        return userId + '/' + Guids.normalize(itemId);
    }
}
