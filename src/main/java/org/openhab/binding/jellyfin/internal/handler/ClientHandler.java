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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.action.JellyfinActions;
import org.openhab.binding.jellyfin.internal.live.DiffResult;
import org.openhab.binding.jellyfin.internal.live.NowPlayingItem;
import org.openhab.binding.jellyfin.internal.live.PlayStatus;
import org.openhab.binding.jellyfin.internal.live.PositionEstimator;
import org.openhab.binding.jellyfin.internal.live.PositionUpdateLimiter;
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
public class ClientHandler extends BaseThingHandler {

    private final Logger logger = LoggerFactory.getLogger(ClientHandler.class);
    private final PositionEstimator positionEstimator;

    /** How often the position is shown while playing: the configured interval, at least 1 s. */
    private Duration positionInterval = Duration.ofSeconds(1);
    private SessionMatcher matcher = new SessionMatcher("", "", "");
    private final Map<String, State> published = new HashMap<>();
    private @Nullable SessionState session;
    private SessionSnapshot snapshot = SessionSnapshot.EMPTY;
    /** Watched state of the playing item for the bridge's user, from the server's user data pushes. */
    private @Nullable Boolean watched;
    private @Nullable String watchedItemId;
    private @Nullable ScheduledFuture<?> positionJob;
    private PositionUpdateLimiter positionLimiter = new PositionUpdateLimiter(System::nanoTime,
            PositionUpdateLimiter.DEFAULT_INTERVAL);
    /** Set by dispose: a snapshot handed in later (queued by initialize, or in flight from the bridge) is dropped. */
    private boolean disposed; // guarded by this

    public ClientHandler(Thing thing, Clock clock) {
        super(thing);
        this.positionEstimator = new PositionEstimator(clock);
    }

    @Override
    public void initialize() {
        synchronized (this) {
            disposed = false;
        }
        ClientConfiguration config = getConfigAs(ClientConfiguration.class);
        positionInterval = Duration.ofSeconds(Math.max(1, config.positionInterval));
        if (config.deviceId.isBlank()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error.no-device-id");
            return;
        }
        Map<String, String> properties = thing.getProperties();
        matcher = new SessionMatcher(config.deviceId, properties.getOrDefault(PROPERTY_DEVICE_NAME, ""),
                properties.getOrDefault(PROPERTY_CLIENT, ""));
        published.clear();
        session = null;
        positionLimiter = new PositionUpdateLimiter(System::nanoTime, positionInterval);
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
            stopPositionUpdates();
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
        snapshot = newSnapshot;
        SessionState previous = session;
        SessionState current = matcher.match(newSnapshot.sessions());
        session = current;
        if (current == null) {
            stopPositionUpdates();
            if (previous != null) {
                triggerChannel(CHANNEL_PLAYBACK_EVENT, triggerEvent(SessionEvent.SESSION_DISAPPEARED));
            }
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.GONE, "@text/offline.gone");
            return;
        }
        if (previous == null && diff == null) {
            logger.debug("{} follows session {} (by {})", thing.getUID(), current.id(),
                    matcher.hasDeviceId(current) ? "device id" : "device name and client");
        }
        updateStatus(ThingStatus.ONLINE);
        updateDeviceProperties(current);
        if (!Objects.equals(current.nowPlayingItemId(), watchedItemId)) {
            watchedItemId = current.nowPlayingItemId();
            watched = null;
        }
        SessionChange change = diff == null ? null : diff.forSession(current.id());
        Map<String, State> states = SessionProjection.project(current, positionEstimate(current), watched,
                bridgeApiBase());
        if (!positionLimiter.shouldPublish(previous == null || forcesPosition(change))) {
            SessionProjection.POSITION_CHANNELS.forEach(states::remove);
        }
        publish(states);
        if (change != null) {
            change.events().forEach(event -> triggerChannel(CHANNEL_PLAYBACK_EVENT, triggerEvent(event)));
        }
        schedulePositionUpdates(current);
    }

    /** The event of the {@code playback-event} trigger channel for a session event. */
    private static String triggerEvent(SessionEvent event) {
        return event == SessionEvent.PLAYBACK_STARTED ? "STARTED"
                : event == SessionEvent.PLAYBACK_STOPPED ? "STOPPED" : event.name();
    }

    /** A position that moved for a reason the user sees is shown at once; progress only at the configured rate. */
    private static boolean forcesPosition(@Nullable SessionChange change) {
        return change != null && (change.has(SessionEvent.SEEKED) || change.has(SessionEvent.PLAYBACK_STARTED)
                || change.has(SessionEvent.ITEM_CHANGED) || change.has(SessionEvent.PAUSED)
                || change.has(SessionEvent.RESUMED) || change.has(SessionEvent.PLAYBACK_STOPPED));
    }

    /** The server says the bridge's user watched (or unwatched) an item. */
    public synchronized void onUserData(String itemId, boolean played, boolean newlyWatched) {
        SessionState current = session;
        if (current == null || !itemId.equals(current.nowPlayingItemId())) {
            return;
        }
        watchedItemId = itemId;
        watched = played;
        publish(SessionProjection.project(current, positionEstimate(current), watched, bridgeApiBase()));
        if (newlyWatched) {
            triggerChannel(CHANNEL_PLAYBACK_EVENT, triggerEvent(SessionEvent.WATCHED));
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

    private @Nullable Long positionEstimate(SessionState current) {
        if (current.nowPlayingItem() == null || current.playState().positionTicks() == null) {
            return current.playState().positionTicks();
        }
        return positionEstimator.estimateTicks(current, snapshot.receivedAt());
    }

    private void schedulePositionUpdates(SessionState current) {
        if (current.status() != PlayStatus.PLAYING) {
            stopPositionUpdates();
            return;
        }
        if (positionJob == null) {
            long interval = positionInterval.toMillis();
            positionJob = scheduler.scheduleWithFixedDelay(this::updatePosition, interval, interval,
                    TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void updatePosition() {
        SessionState current = session;
        NowPlayingItem item = current == null ? null : current.nowPlayingItem();
        if (current == null || item == null || current.status() != PlayStatus.PLAYING) {
            return;
        }
        if (positionLimiter.shouldPublish(false)) {
            publish(SessionProjection.position(positionEstimate(current), item.runTimeTicks()));
        }
    }

    private void stopPositionUpdates() {
        ScheduledFuture<?> job = positionJob;
        if (job != null) {
            job.cancel(false);
        }
        positionJob = null;
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channel = channelUID.getId();
        if (command instanceof RefreshType) {
            State state = published.get(channel);
            if (state != null) {
                updateState(channel, state);
            }
            return;
        }
        onSession(commands -> commands.handle(channel, command)).whenComplete((result, failure) -> {
            if (failure != null) {
                // a refusal (IllegalStateException) or the server's answer (JellyfinApiException), maybe wrapped
                Throwable cause = failure.getCause();
                logger.debug("{}: {} on {} failed: {}", thing.getUID(), command, channel,
                        (failure instanceof CompletionException && cause != null ? cause : failure).getMessage());
                scheduler.execute(() -> restore(channel));
            }
        });
    }

    /** Puts back the state the channel had, so an item linked to it shows what the client really does. */
    private synchronized void restore(String channel) {
        State state = published.get(channel);
        if (state != null) {
            updateState(channel, state);
        }
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(JellyfinActions.class);
    }

    /**
     * Marks an item watched or unwatched for the bridge's user (channel command and rule action). The write goes
     * through the bridge's outbox, so it is kept when the server cannot be reached.
     *
     * @return true when the server took the mark, false when it is kept for later; failed when it was dropped
     */
    public CompletableFuture<Boolean> setWatched(String itemId, boolean played) {
        ServerBridgeHandler bridge = bridgeHandler();
        WriteOutbox outbox = bridge == null ? null : bridge.getOutbox();
        if (outbox == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the client has no bridge"));
        }
        String source = thing.getUID().toString();
        return played ? outbox.markPlayed(null, itemId, null, source) : outbox.markUnplayed(null, itemId, source);
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
            stopPositionUpdates();
        }
        super.dispose();
    }
}
