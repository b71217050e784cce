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

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.action.JellyfinActions;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.live.DiffResult;
import org.openhab.binding.jellyfin.internal.live.NowPlayingItem;
import org.openhab.binding.jellyfin.internal.live.PlayStatus;
import org.openhab.binding.jellyfin.internal.live.SessionChange;
import org.openhab.binding.jellyfin.internal.live.SessionEvent;
import org.openhab.binding.jellyfin.internal.live.SessionMatcher;
import org.openhab.binding.jellyfin.internal.live.SessionSnapshot;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openhab.binding.jellyfin.internal.outbox.WriteOutbox;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code client} thing: a projection of the session of one playback device. It takes its first state from the
 * bridge's current snapshot, then follows the bridge's diffs; only channels whose state changed are updated.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ClientHandler extends BaseThingHandler implements MarkOutcome.Listener {

    private final Logger logger = LoggerFactory.getLogger(ClientHandler.class);
    private final PositionUpdates positions;
    private final PlayingItemImage image;

    /** The width the server scales the playing item's image down to. */
    private int imageMaxWidth = ClientConfiguration.DEFAULT_IMAGE_MAX_WIDTH;
    private SessionMatcher matcher = new SessionMatcher("", "", "");
    private final Map<String, State> published = new HashMap<>();
    private @Nullable SessionState session;
    private SessionSnapshot snapshot = SessionSnapshot.EMPTY;
    /** The watched state of the playing item for the session's user, and the status note about it. */
    private WatchedView watched = new WatchedView();
    /** Set by dispose: a snapshot handed in later (queued by initialize, or in flight from the bridge) is dropped. */
    private boolean disposed; // guarded by this

    public ClientHandler(Thing thing, Clock clock) {
        super(thing);
        this.positions = new PositionUpdates(clock, scheduler, this::updatePosition);
        this.image = new PlayingItemImage(this, scheduler,
                state -> publish(Map.of(CHANNEL_PLAYING_ITEM_IMAGE, state)));
    }

    @Override
    public void initialize() {
        synchronized (this) {
            disposed = false;
        }
        ClientConfiguration config = getConfigAs(ClientConfiguration.class);
        imageMaxWidth = Math.max(1, config.imageMaxWidth);
        if (config.deviceId.isBlank()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error.no-device-id");
            return;
        }
        Map<String, String> properties = thing.getProperties();
        matcher = new SessionMatcher(config.deviceId, properties.getOrDefault(PROPERTY_DEVICE_NAME, ""),
                properties.getOrDefault(PROPERTY_CLIENT, ""));
        synchronized (this) {
            published.clear();
            session = null;
            watched = new WatchedView();
            image.forget();
            positions.configure(Duration.ofSeconds(Math.max(1, config.positionInterval)));
        }
        ServerBridgeHandler bridge = bridgeHandler();
        if (bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error.no-bridge");
            return;
        }
        if (!isBridgeOnline()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
            return;
        }
        updateStatus(ThingStatus.UNKNOWN);
        scheduler.execute(() -> onSessions(bridge.currentSnapshot(), null));
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE) {
            ServerBridgeHandler bridge = bridgeHandler();
            if (bridge != null) {
                scheduler.execute(() -> onSessions(bridge.currentSnapshot(), null));
            }
        } else {
            synchronized (this) {
                positions.stop();
            }
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    /**
     * A new snapshot of the server's sessions. Called by the bridge, one call at a time.
     *
     * @param diff the changes since the previous snapshot, or null for a first look at the bridge's current one
     */
    public synchronized void onSessions(SessionSnapshot newSnapshot, @Nullable DiffResult diff) {
        if (disposed || !isBridgeOnline()) {
            return;
        }
        if (diff == null && newSnapshot.receivedAt().isBefore(snapshot.receivedAt())) {
            // a first look that waited for the lock while a newer snapshot was applied: it would undo that one
            return;
        }
        snapshot = newSnapshot;
        SessionState previous = session;
        SessionState current = matcher.match(newSnapshot.sessions());
        session = current;
        if (current == null) {
            positions.stop();
            image.forget();
            if (previous != null) {
                triggerChannel(CHANNEL_PLAYBACK_EVENT,
                        SessionProjection.triggerEvent(SessionEvent.SESSION_DISAPPEARED));
            }
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.GONE, "@text/offline.gone");
            return;
        }
        if (previous == null && diff == null) {
            logger.debug("{} follows session {} (by {})", thing.getUID(), current.id(),
                    matcher.hasDeviceId(current) ? "device id" : "device name and client");
        }
        if (watched.follow(viewerOf(current), current.nowPlayingItemId())) {
            readWatched(watched.viewer(), Objects.requireNonNull(current.nowPlayingItemId()));
        }
        updateOnline();
        updateDeviceProperties(current);
        SessionChange change = diff == null ? null : diff.forSession(current.id());
        Map<String, State> states = SessionProjection.project(current, positions.estimate(current,
                snapshot.receivedAt()), watched.watched(), bridgeApiBase());
        if (!positions.shouldPublish(previous == null, change)) {
            SessionProjection.POSITION_CHANNELS.forEach(states::remove);
        }
        publish(states);
        showImage(current);
        if (change != null) {
            change.events().forEach(e -> triggerChannel(CHANNEL_PLAYBACK_EVENT, SessionProjection.triggerEvent(e)));
        }
        positions.follow(current);
    }

    /** Shows the playing item's image, fetched only when it is not the one shown already. */
    private void showImage(@Nullable SessionState current) {
        NowPlayingItem item = current == null ? null : current.nowPlayingItem();
        ConnectedServer server = connectedServer();
        image.show(server == null ? null : server.client(), item == null ? null : item.image(), imageMaxWidth,
                isLinked(CHANNEL_PLAYING_ITEM_IMAGE));
    }

    /**
     * A user's data of an item, learned by the bridge (a push, the answer to a mark, a read): shown when it is the
     * session's user's data of the playing item.
     *
     * @param learned the data, numbered in the order the bridge learned it
     * @param newlyWatched whether the item just became watched for that user
     */
    synchronized void onUserData(String userId, UserDataRelay.Learned learned, boolean newlyWatched) {
        SessionState current = session;
        if (disposed || current == null || !watched.concerns(userId, learned.data())) {
            return;
        }
        if (watched.learn(userId, learned.data(), learned.at())) {
            publish(SessionProjection.project(current, positions.estimate(current, snapshot.receivedAt()),
                    watched.watched(), bridgeApiBase()));
        }
        if (newlyWatched) {
            triggerChannel(CHANNEL_PLAYBACK_EVENT, SessionProjection.triggerEvent(SessionEvent.WATCHED));
        }
    }

    /** The person watching: the session's user, else the bridge's user (empty when there is none). */
    private String viewerOf(@Nullable SessionState current) {
        if (current != null && !current.userId().isBlank()) {
            return current.userId();
        }
        ConnectedServer server = connectedServer();
        return server == null ? "" : server.userId();
    }

    /** @return the bridge's connection to the server, or null while there is none */
    private @Nullable ConnectedServer connectedServer() {
        ServerBridgeHandler bridge = bridgeHandler();
        return bridge == null ? null : bridge.getConnectedServer();
    }

    /**
     * Reads the viewer's data of the item. The bridge hands it to every client playing the item; this one takes it
     * also when it was not among the bridge's clients yet.
     */
    private void readWatched(String viewer, String itemId) {
        ServerBridgeHandler bridge = bridgeHandler();
        if (bridge == null || !isLinked(CHANNEL_PLAYING_ITEM_WATCHED)) {
            return;
        }
        bridge.readUserData(viewer, itemId).whenComplete((learned, failure) -> {
            if (learned != null) {
                onUserData(viewer, learned, false);
                return;
            }
            if (failure == null) {
                return;
            }
            JellyfinApiException e = JellyfinApiException.unwrap(failure);
            logger.debug("{}: the watched state of item {} for user {} cannot be read: {}", thing.getUID(), itemId,
                    viewer, e.getMessage());
            if (e.getKind() == Kind.FORBIDDEN) {
                scheduler.execute(() -> unreadable(viewer));
            }
        });
    }

    private synchronized void unreadable(String viewer) {
        if (!disposed && viewer.equals(watched.viewer()) && watched.unreadable(session) && session != null) {
            updateOnline();
        }
    }

    /** What became of a watched mark of this thing: a refusal, or a mark for the bridge's user, shows in the status. */
    @Override
    public synchronized void markSettled(MarkOutcome outcome) {
        if (!disposed && watched.settled(outcome, session) && session != null) {
            updateOnline();
        }
    }

    /** ONLINE, with the note about the watched state when there is one. */
    private void updateOnline() {
        String note = watched.note();
        if (note == null) {
            updateStatus(ThingStatus.ONLINE);
        } else {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, note);
        }
    }

    private void publish(Map<String, State> states) {
        states.forEach((channel, state) -> {
            if (!state.equals(published.get(channel))) {
                published.put(channel, state);
                updateState(channel, state);
            }
        });
    }

    private void updateDeviceProperties(SessionState current) {
        Map<String, String> properties = thing.getProperties();
        if (!current.deviceName().equals(properties.get(PROPERTY_DEVICE_NAME))
                || !current.client().equals(properties.get(PROPERTY_CLIENT))
                || !current.applicationVersion().equals(properties.get(PROPERTY_APPLICATION_VERSION))) {
            Map<String, String> edited = editProperties();
            edited.put(PROPERTY_DEVICE_NAME, current.deviceName());
            edited.put(PROPERTY_CLIENT, current.client());
            edited.put(PROPERTY_APPLICATION_VERSION, current.applicationVersion());
            updateProperties(edited);
        }
    }

    private synchronized void updatePosition() {
        SessionState current = session;
        NowPlayingItem item = current == null ? null : current.nowPlayingItem();
        if (disposed || current == null || item == null || current.status() != PlayStatus.PLAYING) {
            return;
        }
        if (positions.tickShows()) {
            publish(SessionProjection.position(positions.estimate(current, snapshot.receivedAt()),
                    item.runTimeTicks()));
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channel = channelUID.getId();
        if (command instanceof RefreshType) {
            refresh(channel);
            return;
        }
        onSession(commands -> commands.handle(channel, command)).whenComplete((result, failure) -> {
            if (failure == null && CHANNEL_PLAYING_ITEM_WATCHED.equals(channel) && Boolean.TRUE.equals(result)) {
                // the mark is done: the channel shows the viewer's state (unchanged if the mark went elsewhere)
                scheduler.execute(() -> restore(channel));
            } else if (failure != null) {
                // a refusal (IllegalStateException) or the server's answer (JellyfinApiException), maybe wrapped
                Throwable cause = failure.getCause();
                logger.debug("{}: {} on {} failed: {}", thing.getUID(), command, channel,
                        (failure instanceof CompletionException && cause != null ? cause : failure).getMessage());
                scheduler.execute(() -> restore(channel));
            }
        });
    }

    /**
     * The channel's state again; the image, or the viewer's watched state, is fetched when it was not (an item was
     * just linked to the channel).
     */
    private synchronized void refresh(String channel) {
        SessionState current = session;
        String itemId = current == null ? null : current.nowPlayingItemId();
        if (CHANNEL_PLAYING_ITEM_IMAGE.equals(channel) && !disposed) {
            showImage(current);
        } else if (CHANNEL_PLAYING_ITEM_WATCHED.equals(channel) && !disposed && itemId != null
                && watched.watched() == null && !watched.viewer().isEmpty()) {
            readWatched(watched.viewer(), itemId);
        }
        restore(channel);
    }

    /** Puts back the state the channel had, so an item linked to it shows what the client really does. */
    private synchronized void restore(String channel) {
        State state = published.get(channel);
        if (state != null && !disposed) {
            updateState(channel, state);
        }
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(JellyfinActions.class);
    }

    /**
     * Marks an item watched or unwatched for the person watching: the session's user, else the bridge's (channel
     * command and rule action). The write goes through the bridge's outbox, with its user, so it is kept when the
     * server cannot be reached and sent for that user later, also after a restart.
     *
     * @return true when the server took the mark, false when it is kept for later; failed when it was dropped
     */
    public CompletableFuture<Boolean> setWatched(String itemId, boolean played) {
        ServerBridgeHandler bridge = bridgeHandler();
        WriteOutbox outbox = bridge == null ? null : bridge.getOutbox();
        if (outbox == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the client has no bridge"));
        }
        String viewer = viewerOf(session);
        String user = viewer.isEmpty() ? null : viewer;
        String source = thing.getUID().toString();
        return played ? outbox.markPlayed(user, itemId, null, source) : outbox.markUnplayed(user, itemId, source);
    }

    /**
     * Runs an action (a channel command or a rule action) against the client's current session; the bridge looks
     * at the sessions again once the request is done.
     *
     * @return the request, or a failed future when the client is not online or cannot do it
     */
    public CompletableFuture<?> onSession(Function<ClientCommands, CompletableFuture<?>> action) {
        ServerBridgeHandler bridge = bridgeHandler();
        ClientCommands commands = bridge == null ? null : commands(bridge);
        if (bridge == null || commands == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the client is not online"));
        }
        CompletableFuture<?> request = action.apply(commands);
        return request.isCompletedExceptionally() ? request
                : request.whenComplete((result, failure) -> bridge.requestRefresh());
    }

    /**
     * @return the commands for the client's current session, or null when the client or the bridge is not online
     */
    private @Nullable ClientCommands commands(ServerBridgeHandler bridge) {
        ConnectedServer server = bridge.getConnectedServer();
        SessionState current = session;
        if (server == null || current == null) {
            return null;
        }
        String userId = current.userId().isBlank() ? server.userId() : current.userId();
        return new ClientCommands(server.client(), current, userId, this::setWatched);
    }

    private @Nullable ServerBridgeHandler bridgeHandler() {
        Bridge bridge = getBridge();
        return bridge != null && bridge.getHandler() instanceof ServerBridgeHandler handler ? handler : null;
    }

    private boolean isBridgeOnline() {
        Bridge bridge = getBridge();
        return bridge != null && bridge.getStatus() == ThingStatus.ONLINE;
    }

    private String bridgeApiBase() {
        ServerBridgeHandler bridge = bridgeHandler();
        return bridge == null ? "" : bridge.apiBase();
    }

    @Override
    public void dispose() {
        synchronized (this) {
            disposed = true;
            positions.stop();
            image.forget();
        }
        super.dispose();
    }
}
