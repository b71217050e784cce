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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.api.Ticks;
import org.openhab.binding.jellyfin.internal.outbox.WriteOutbox;
import org.openhab.binding.jellyfin.internal.reporter.PlaybackReporter;
import org.openhab.binding.jellyfin.internal.reporter.PlayerModel;
import org.openhab.binding.jellyfin.internal.reporter.PlayerSnapshot;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.IncreaseDecreaseType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code reporter} thing: the states of linked openHAB items (a player openHAB drives) become playback
 * reports of the reporter's own device on the server, so the server shows the session and keeps the resume
 * point and watched state. Stops and watched marks go through the bridge's durable {@link WriteOutbox}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ReporterHandler extends BaseThingHandler implements MarkOutcome.Listener {

    private static final int VOLUME_STEP = 5;

    private final Logger logger = LoggerFactory.getLogger(ReporterHandler.class);
    private final Clock clock;

    private volatile ReporterConfiguration config = new ReporterConfiguration();
    private final PlayerModel model;
    private volatile ClientIdentity identity = new ClientIdentity("", "", "", "");
    /** Whether the last reporter used the by-item routes: a stop without a reporter goes the same way. */
    private volatile boolean lastByItem;
    private volatile @Nullable PlaybackReporter reporter;
    /** The requests of the reporter before the last reconnection: the next one waits for them. */
    private CompletableFuture<?> earlierRequests = CompletableFuture.completedFuture(null);
    private @Nullable ScheduledFuture<?> keepAlive;
    /** Why the last watched mark went elsewhere or nowhere, for the status; null when it went where it should. */
    private volatile @Nullable String markNote;

    public ReporterHandler(Thing thing, Clock clock) {
        super(thing);
        this.clock = clock;
        this.model = new PlayerModel(clock);
    }

    @Override
    public void initialize() {
        config = getConfigAs(ReporterConfiguration.class);
        markNote = null;
        if (config.progressInterval < 1) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error.progress-interval");
            return;
        }
        identity = identity("");
        updateStatus(ThingStatus.UNKNOWN);
        keepAlive = scheduler.scheduleWithFixedDelay(this::keepAlive, config.progressInterval,
                config.progressInterval, TimeUnit.SECONDS);
        Bridge bridge = getBridge();
        if (bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error.no-bridge");
        } else if (bridge.getStatus() == ThingStatus.ONLINE) {
            scheduler.execute(this::goOnline);
        } else {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE) {
            goOnline();
        } else {
            dropReporter();
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    private synchronized void dropReporter() {
        PlaybackReporter r = reporter;
        reporter = null;
        if (r != null) {
            earlierRequests = r.idle();
        }
    }

    private synchronized void goOnline() {
        ServerBridgeHandler bridge = bridgeHandler();
        ConnectedServer server = bridge == null ? null : bridge.getConnectedServer();
        if (server == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
            return;
        }
        identity = identity(server.client().identity().version());
        PlaybackReporter previous = reporter;
        PlaybackReporter r = new PlaybackReporter(server.client().withIdentity(identity), config.reportMode,
                userId(), previous != null ? previous.idle() : earlierRequests);
        lastByItem = r.byItem();
        reporter = r;
        r.registerCapabilities();
        PlayerSnapshot playing = model.current();
        if (playing != null) {
            r.start(playing);
        }
        logger.debug("Reporter {} reports as device {} with {} reports", thing.getUID(), identity.deviceName(),
                lastByItem ? "by-item" : "session");
        updateOnline();
    }

    private void updateOnline() {
        String note = markNote;
        if (note == null) {
            updateStatus(ThingStatus.ONLINE);
        } else {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, note);
        }
    }

    /** What became of a watched mark of this reporter: a refusal, or a mark for the bridge's user, is shown. */
    @Override
    public synchronized void markSettled(MarkOutcome outcome) {
        markNote = outcome.statusNote(outcome.userId());
        if (reporter != null) {
            updateOnline();
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        if (command instanceof RefreshType) {
            return;
        }
        switch (channelUID.getId()) {
            case CHANNEL_REPORTER_ITEM_ID -> itemCommand(command);
            case CHANNEL_REPORTER_POSITION -> {
                Long ticks = positionTicks(command);
                if (ticks != null) {
                    progress(model.seek(ticks));
                }
            }
            case CHANNEL_REPORTER_PAUSED -> {
                if (command instanceof OnOffType onOff) {
                    progress(model.setPaused(onOff == OnOffType.ON));
                }
            }
            case CHANNEL_REPORTER_MUTED -> {
                if (command instanceof OnOffType onOff) {
                    progress(model.setMuted(onOff == OnOffType.ON));
                }
            }
            case CHANNEL_REPORTER_VOLUME -> volumeCommand(command);
            case CHANNEL_REPORTER_STOP -> {
                if (command == OnOffType.ON) {
                    stopPlayback();
                    updateState(CHANNEL_REPORTER_STOP, OnOffType.OFF);
                }
            }
            case CHANNEL_REPORTER_WATCHED -> watchedCommand(command);
            default -> logger.debug("Reporter {} has no channel {}", thing.getUID(), channelUID.getId());
        }
    }

    private void itemCommand(Command command) {
        if (!(command instanceof StringType)) {
            return;
        }
        String value = command.toString().trim();
        if (value.isEmpty() || UnDefType.UNDEF.toString().equals(value) || UnDefType.NULL.toString().equals(value)) {
            stopPlayback();
            return;
        }
        if (value.equals(model.itemId())) {
            return;
        }
        stopPlayback();
        PlayerSnapshot started = model.start(value);
        PlaybackReporter r = reporter;
        if (r != null) {
            r.start(started);
        }
    }

    private void volumeCommand(Command command) {
        if (command instanceof IncreaseDecreaseType step) {
            int delta = step == IncreaseDecreaseType.INCREASE ? VOLUME_STEP : -VOLUME_STEP;
            progress(model.setVolume(model.volume() + delta));
        } else if (command instanceof PercentType || command instanceof DecimalType) {
            progress(model.setVolume(((DecimalType) command).intValue()));
        }
    }

    private void watchedCommand(Command command) {
        String itemId = model.lastItemId();
        WriteOutbox outbox = outbox();
        if (!(command instanceof OnOffType onOff) || itemId == null) {
            return;
        }
        if (outbox == null) {
            logger.warn("Reporter {} has no server bridge: item {} is not marked {}", thing.getUID(), itemId,
                    onOff == OnOffType.ON ? "played" : "unplayed");
            return;
        }
        String source = thing.getUID().toString();
        if (onOff == OnOffType.ON) {
            outbox.markPlayed(userId(), itemId, clock.instant(), source);
        } else {
            outbox.markUnplayed(userId(), itemId, source);
        }
    }

    private static @Nullable Long positionTicks(Command command) {
        if (command instanceof QuantityType<?> quantity) {
            QuantityType<?> seconds = quantity.toUnit(Units.SECOND);
            return seconds == null ? null : Ticks.fromSeconds(seconds.doubleValue());
        }
        if (command instanceof DecimalType seconds) {
            return Ticks.fromSeconds(seconds.doubleValue());
        }
        return null;
    }

    private void progress(@Nullable PlayerSnapshot snapshot) {
        PlaybackReporter r = reporter;
        if (snapshot != null && r != null) {
            r.progress(snapshot);
        }
    }

    private void keepAlive() {
        PlaybackReporter r = reporter;
        PlayerSnapshot playing = model.current();
        if (r != null && playing != null) {
            r.progress(playing);
            r.ping(playing);
        }
    }

    /** Ends the playback (if any): the stop with its final position goes through the durable outbox. */
    private void stopPlayback() {
        PlayerSnapshot last = model.stop();
        if (last == null) {
            return;
        }
        WriteOutbox outbox = outbox();
        if (outbox == null) {
            logger.warn("Reporter {} has no server bridge: the stop of item {} is not reported", thing.getUID(),
                    last.itemId());
            return;
        }
        String source = thing.getUID().toString();
        PlaybackReporter r = reporter;
        if (r != null) {
            r.stop(last, outbox, source);
        } else {
            outbox.playbackStopped(identity, userId(), last.itemId(), last.playSessionId(), last.positionTicks(),
                    lastByItem, source, null);
        }
    }

    private @Nullable String userId() {
        String user = config.userId.trim();
        return user.isEmpty() ? null : user;
    }

    private ClientIdentity identity(String version) {
        String deviceId = config.deviceId.trim();
        if (deviceId.isEmpty()) {
            deviceId = UUID.nameUUIDFromBytes(("openhab-reporter:" + thing.getUID()).getBytes(StandardCharsets.UTF_8))
                    .toString().replace("-", "");
        }
        String deviceName = config.deviceName.trim();
        if (deviceName.isEmpty()) {
            deviceName = "openHAB " + thing.getUID().getId();
        }
        return new ClientIdentity(ClientIdentity.DEFAULT_CLIENT, deviceName, deviceId, version);
    }

    private @Nullable ServerBridgeHandler bridgeHandler() {
        Bridge bridge = getBridge();
        return bridge != null && bridge.getHandler() instanceof ServerBridgeHandler handler ? handler : null;
    }

    private @Nullable WriteOutbox outbox() {
        ServerBridgeHandler handler = bridgeHandler();
        return handler == null ? null : handler.getOutbox();
    }

    @Override
    public void dispose() {
        ScheduledFuture<?> job = keepAlive;
        keepAlive = null;
        if (job != null) {
            job.cancel(false);
        }
        stopPlayback();
        dropReporter();
        super.dispose();
    }
}
