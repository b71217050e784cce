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
package org.openhab.binding.jellyfin.internal.reporter;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ItemPlayback;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.ServerProduct;
import org.openhab.binding.jellyfin.internal.api.SessionQuery;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackProgressInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStartInfo;
import org.openhab.binding.jellyfin.internal.api.dto.SessionInfo;
import org.openhab.binding.jellyfin.internal.outbox.Delivery;
import org.openhab.binding.jellyfin.internal.outbox.PlaybackStop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one reporter's playback to the server as its own device: capabilities, start, progress, ping and
 * (through the durable outbox) stop. Requests go out one after the other in the order they were made, so
 * the server never sees a progress after the stop; progress is not queued but coalesced (the latest state
 * wins). A start the server did not get is sent again instead of the next progress. Start, progress and
 * ping that fail are only logged: the next keep-alive sends the state again.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class PlaybackReporter {

    private final Logger logger = LoggerFactory.getLogger(PlaybackReporter.class);
    private final JellyfinClient client;
    private final ReportMode mode;
    private final @Nullable String userId;

    /** Completes when every request made so far is done; never fails. */
    private CompletableFuture<?> tail;
    /** The progress to send next (latest wins), if one is queued. */
    private @Nullable PlayerSnapshot latestProgress;
    private boolean startNeeded;
    private boolean capabilitiesPosted;

    /**
     * @param client the client with the reporter's own identity
     * @param mode the configured mode, resolved here for the server
     * @param userId the user the by-item routes act for, or null for the credentials' user
     * @param earlier requests of this device still under way (of a reporter before a reconnection): the
     *            first request of this one waits for them
     */
    public PlaybackReporter(JellyfinClient client, ReportMode mode, @Nullable String userId,
            CompletableFuture<?> earlier) {
        this.client = client;
        this.mode = mode.resolve(client.dialect());
        this.userId = userId == null || userId.isBlank() ? null : userId;
        this.tail = earlier.handle(this::logged);
    }

    /**
     * @return completes when every request made so far is done
     */
    public synchronized CompletableFuture<?> idle() {
        return tail;
    }

    public ReportMode mode() {
        return mode;
    }

    /**
     * Registers the reporter's device with its capabilities. Emby needs the device's session id: it is
     * looked up by device id, and when the server has no session for the device yet, registering is tried
     * again after the next start.
     */
    public synchronized void registerCapabilities() {
        enqueue(this::postCapabilities);
    }

    public synchronized void start(PlayerSnapshot s) {
        latestProgress = null;
        startNeeded = true;
        enqueue(() -> send(s, true));
    }

    public synchronized void progress(PlayerSnapshot s) {
        boolean queued = latestProgress != null;
        latestProgress = s;
        if (!queued) {
            enqueue(this::sendLatestProgress);
        }
    }

    public synchronized void ping(PlayerSnapshot s) {
        enqueue(() -> client.pingSession(s.playSessionId()));
    }

    /**
     * Hands the stop to the outbox at once (it keeps its place among the writes), to be sent once every
     * earlier request is done; later requests wait until the outbox has sent the stop or stored it for later.
     *
     * @param outbox submits the stop, to be sent after the given future
     */
    public synchronized void stop(PlayerSnapshot s,
            BiFunction<PlaybackStop, CompletableFuture<?>, CompletableFuture<Delivery>> outbox) {
        latestProgress = null;
        startNeeded = false;
        CompletableFuture<Delivery> submitted = outbox.apply(new PlaybackStop(client.identity(), userId, s.itemId(),
                null, s.playSessionId(), s.positionTicks(), mode == ReportMode.ITEM), tail);
        enqueue(() -> submitted);
    }

    /**
     * Sends a start, or a progress; a start the server did not get is sent again instead of the next progress, and
     * on Emby the capabilities follow the first start the server got.
     */
    private CompletableFuture<?> send(PlayerSnapshot s, boolean start) {
        CompletableFuture<?> sent;
        if (mode == ReportMode.ITEM) {
            ItemPlayback playback = new ItemPlayback(s.itemId(), null, s.playSessionId(), s.positionTicks(),
                    s.paused());
            sent = start ? client.onPlaybackStart(userId, playback) : client.onPlaybackProgress(userId, playback);
        } else {
            PlaybackProgressInfo info = start ? new PlaybackStartInfo(s.itemId()) : new PlaybackProgressInfo(s.itemId());
            info.setPlaySessionId(s.playSessionId());
            info.setPositionTicks(s.positionTicks());
            info.setIsPaused(s.paused());
            info.setIsMuted(s.muted());
            info.setVolumeLevel(s.volume());
            info.setCanSeek(true);
            info.setPlayMethod("DirectPlay");
            sent = info instanceof PlaybackStartInfo startInfo ? client.reportPlaybackStart(startInfo)
                    : client.reportPlaybackProgress(info);
        }
        if (!start) {
            return sent;
        }
        return sent.whenComplete((ok, failure) -> {
            synchronized (this) {
                startNeeded = failure != null;
                if (failure == null && !capabilitiesPosted) {
                    enqueue(this::postCapabilities);
                }
            }
        });
    }

    private CompletableFuture<?> sendLatestProgress() {
        PlayerSnapshot s;
        boolean restart;
        synchronized (this) {
            s = latestProgress;
            latestProgress = null;
            restart = startNeeded;
        }
        return s == null ? CompletableFuture.completedFuture(null) : send(s, restart);
    }

    private CompletableFuture<?> postCapabilities() {
        ClientCapabilities capabilities = new ClientCapabilities(List.of("Audio", "Video"), List.of(), false);
        if (client.dialect().product() != ServerProduct.EMBY) {
            return client.postCapabilities(null, capabilities).thenRun(this::capabilitiesDone);
        }
        String deviceId = client.identity().deviceId();
        return client.getSessions(new SessionQuery(null, null, deviceId)).thenCompose(sessions -> {
            for (SessionInfo session : sessions) {
                if (deviceId.equals(session.getDeviceId())) {
                    return client.postCapabilities(session.getId(), capabilities).thenRun(this::capabilitiesDone);
                }
            }
            logger.debug("The server has no session of device {} yet: capabilities follow the first start",
                    deviceId);
            return CompletableFuture.completedFuture(null);
        });
    }

    private synchronized void capabilitiesDone() {
        capabilitiesPosted = true;
    }

    /** Runs the step after every earlier one has finished, whatever their outcome; a failure is logged. */
    private void enqueue(Supplier<CompletableFuture<?>> step) {
        tail = tail.thenCompose(ignored -> step.get()).handle(this::logged);
    }

    private @Nullable Object logged(@Nullable Object ignored, @Nullable Throwable failure) {
        if (failure != null) {
            logger.debug("Reporting playback of device {} failed: {}", client.identity().deviceName(),
                    JellyfinApiException.unwrap(failure).getMessage());
        }
        return null;
    }
}
