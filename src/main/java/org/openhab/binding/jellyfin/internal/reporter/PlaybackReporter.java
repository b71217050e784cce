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
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.ItemPlayback;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.ServerDialect;
import org.openhab.binding.jellyfin.internal.api.ServerProduct;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackProgressInfo;
import org.openhab.binding.jellyfin.internal.api.dto.PlaybackStartInfo;
import org.openhab.binding.jellyfin.internal.api.dto.SessionInfo;
import org.openhab.binding.jellyfin.internal.outbox.WriteOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one reporter's playback to the server as its own device: capabilities, start, progress, ping and
 * (through the durable outbox) stop. Requests go out one after the other in the order they were made, so
 * the server never sees a progress after the stop; progress is not queued but coalesced (the latest state
 * wins). A start the server did not get is sent again instead of the next progress. Start, progress and
 * ping that fail are only logged: the next keep-alive sends the state again.
 * <p>
 * The {@code reportMode} configuration picks the routes for start, progress and stop: {@code session} for the
 * session reports ({@code POST /Sessions/Playing}, {@code /Progress}, {@code /Stopped} with a JSON body),
 * {@code item} for the by-item routes ({@code /PlayingItems/{i}}, {@code /Users/{u}/PlayingItems/{i}}; 12.0 maps
 * them), {@code auto} (or anything else) for the session reports on Jellyfin, where they are the routes the
 * official clients use and the only ones left on 12.0, and the by-item routes on Emby, which carry the user and
 * media source in the request.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class PlaybackReporter {

    private final Logger logger = LoggerFactory.getLogger(PlaybackReporter.class);
    private final JellyfinClient client;
    /** Whether start, progress and stop use the by-item routes, else the session reports. */
    private final boolean byItem;
    private final @Nullable String userId;

    /** Completes when every request made so far is done; never fails. */
    private CompletableFuture<?> tail;
    /** The progress to send next (latest wins), if one is queued. */
    private @Nullable PlayerSnapshot latestProgress;
    private boolean startNeeded;
    private boolean capabilitiesPosted;

    /**
     * @param client the client with the reporter's own identity
     * @param reportMode the configured mode (auto, session or item, in any case), resolved here for the server
     * @param userId the user the by-item routes act for, or null for the credentials' user
     * @param earlier requests of this device still under way (of a reporter before a reconnection): the
     *            first request of this one waits for them
     */
    public PlaybackReporter(JellyfinClient client, String reportMode, @Nullable String userId,
            CompletableFuture<?> earlier) {
        this.client = client;
        this.byItem = byItem(reportMode, client.dialect());
        this.userId = userId == null || userId.isBlank() ? null : userId;
        this.tail = earlier.handle(this::logged);
    }

    /**
     * @return completes when every request made so far is done
     */
    public synchronized CompletableFuture<?> idle() {
        return tail;
    }

    /**
     * @return whether the reports use the by-item routes (else the session reports)
     */
    public boolean byItem() {
        return byItem;
    }

    /**
     * @return whether the configured mode means the by-item routes on this server: "item", "session", or
     *         anything else for the server's own way (by item on Emby, session reports on Jellyfin). Every
     *         server has both (Jellyfin 12 takes the by-item reports as session reports).
     */
    static boolean byItem(String reportMode, ServerDialect dialect) {
        String mode = reportMode.trim().toLowerCase(Locale.ROOT);
        return "item".equals(mode) || !"session".equals(mode) && dialect.product() == ServerProduct.EMBY;
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
     * @param source who makes the write (the reporter's thing UID), for logs
     */
    public synchronized void stop(PlayerSnapshot s, WriteOutbox outbox, String source) {
        latestProgress = null;
        startNeeded = false;
        CompletableFuture<?> submitted = outbox.playbackStopped(client.identity(), userId, s.itemId(),
                s.playSessionId(), s.positionTicks(), byItem, source, tail);
        enqueue(() -> submitted);
    }

    /**
     * Sends a start, or a progress; a start the server did not get is sent again instead of the next progress, and
     * on Emby the capabilities follow the first start the server got.
     */
    private CompletableFuture<?> send(PlayerSnapshot s, boolean start) {
        CompletableFuture<?> sent;
        if (byItem) {
            ItemPlayback playback = new ItemPlayback(s.itemId(), null, s.playSessionId(), s.positionTicks(),
                    s.paused());
            sent = start ? client.onPlaybackStart(userId, playback) : client.onPlaybackProgress(userId, playback);
        } else {
            sent = start ? client.reportPlaybackStart(withState(new PlaybackStartInfo(s.itemId()), s))
                    : client.reportPlaybackProgress(withState(new PlaybackProgressInfo(s.itemId()), s));
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

    /** Fills a session report (a start or a progress) with the player's state. */
    private static <T extends PlaybackProgressInfo> T withState(T info, PlayerSnapshot s) {
        info.setPlaySessionId(s.playSessionId());
        info.setPositionTicks(s.positionTicks());
        info.setIsPaused(s.paused());
        info.setIsMuted(s.muted());
        info.setVolumeLevel(s.volume());
        info.setCanSeek(true);
        info.setPlayMethod("DirectPlay");
        return info;
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
        return client.getSessions(deviceId).thenCompose(sessions -> {
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
