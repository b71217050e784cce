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
package org.openhab.binding.jellyfin.simulator;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * Playback reported by an API client (the binding reporting openHAB's own playback): creates and
 * updates the caller's own session. Start and stop push {@code Sessions} at once; a progress report
 * that changes IsPaused, mute, volume, repeat, shuffle or a stream index (or, on the by-item route,
 * carries an eventName other than TimeUpdate) is user-initiated and pushed at once; any other
 * progress is periodic (throttled per subscription).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class PlaybackReports {
    private final SimState state;

    PlaybackReports(SimState state) {
        this.state = state;
    }

    void itemStart(SimExchange ex) {
        SimItem item = byItem(ex);
        if (item == null) {
            return;
        }
        SimSession session = state.clientSession(ex.caller());
        state.play(session, List.of(item.id()), 0, 0);
        String canSeek = ex.query("canSeek");
        if (canSeek != null) {
            state.update(session, s -> s.canSeek = Boolean.parseBoolean(canSeek));
        }
        ex.noContent();
    }

    void itemProgress(SimExchange ex) {
        SimItem item = byItem(ex);
        if (item == null) {
            return;
        }
        SimSession session = state.clientSession(ex.caller());
        String position = ex.query("positionTicks");
        String paused = ex.query("isPaused");
        progress(session, item.id(), position == null ? null : Long.valueOf(position),
                paused == null ? null : Boolean.valueOf(paused), ex.query("eventName"), null);
        ex.noContent();
    }

    void itemStopped(SimExchange ex) {
        if (byItem(ex) == null) {
            return;
        }
        // like the servers' OnPlaybackStopped: the stop's own position is the resume point
        Long position;
        try {
            String text = ex.query("positionTicks");
            position = text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            ex.error(400, "positionTicks is not a number");
            return;
        }
        state.existingClientSession(ex.caller()).ifPresent(session -> {
            if (position != null) {
                synchronized (state) {
                    session.positionTicks = position;
                }
            }
            state.stop(session);
        });
        ex.noContent();
    }

    /** Emby requires MediaSourceId on the by-item routes. */
    private @Nullable SimItem byItem(SimExchange ex) {
        if (state.rules().isEmby() && ex.query("MediaSourceId") == null) {
            ex.error(400, "MediaSourceId is required");
            return null;
        }
        return PlaystateRoutes.item(ex, state, ex.path("itemId"));
    }

    void sessionStart(SimExchange ex) {
        JsonObject body = ex.jsonBody();
        SimItem item = bodyItem(ex, body);
        if (body == null || item == null) {
            return;
        }
        SimSession session = state.clientSession(ex.caller());
        List<String> queue = PlaystateRoutes.queueIds(SimJson.element(body, "NowPlayingQueue"));
        if (!queue.contains(item.id())) {
            queue = List.of(item.id());
        }
        Long position = PlaystateRoutes.longValue(body, "PositionTicks");
        state.play(session, queue, queue.indexOf(item.id()), position == null ? 0 : position);
        state.update(session, s -> applyPlayState(s, body));
        ex.noContent();
    }

    void sessionProgress(SimExchange ex) {
        JsonObject body = ex.jsonBody();
        SimItem item = bodyItem(ex, body);
        if (body == null || item == null) {
            return;
        }
        SimSession session = state.clientSession(ex.caller());
        String paused = SimJson.string(body, "IsPaused");
        progress(session, item.id(), PlaystateRoutes.longValue(body, "PositionTicks"),
                paused == null ? null : Boolean.valueOf(paused), SimJson.string(body, "EventName"), body);
        ex.noContent();
    }

    void sessionStopped(SimExchange ex) {
        JsonObject body = ex.jsonBody();
        if (body == null) {
            ex.error(400, "A PlaybackStopInfo body is required");
            return;
        }
        state.existingClientSession(ex.caller()).ifPresent(session -> {
            Long position = PlaystateRoutes.longValue(body, "PositionTicks");
            if (position != null) {
                synchronized (state) {
                    session.positionTicks = position;
                }
            }
            state.stop(session);
        });
        ex.noContent();
    }

    private @Nullable SimItem bodyItem(SimExchange ex, @Nullable JsonObject body) {
        String itemId = SimJson.string(body, "ItemId");
        if (body == null || itemId == null) {
            ex.error(400, "A body with ItemId is required");
            return null;
        }
        return PlaystateRoutes.item(ex, state, itemId);
    }

    private void progress(SimSession session, String itemId, @Nullable Long position, @Nullable Boolean paused,
            @Nullable String eventName, @Nullable JsonObject body) {
        synchronized (state) {
            if (!itemId.equals(session.nowPlayingItemId)) {
                state.play(session, List.of(itemId), 0, position == null ? 0 : position);
            }
            String before = playerSettings(session);
            boolean wasPaused = session.paused;
            applyPlayState(session, body);
            if (paused != null) {
                session.paused = paused;
            }
            boolean userAction = (eventName != null && !"TimeUpdate".equalsIgnoreCase(eventName))
                    || wasPaused != session.paused || !before.equals(playerSettings(session));
            long ticks = position == null ? session.positionTicks : position;
            if (userAction) {
                state.update(session, s -> s.positionTicks = ticks);
            } else {
                state.progress(session, ticks);
            }
        }
    }

    private static String playerSettings(SimSession s) {
        return s.muted + "/" + s.volumeLevel + "/" + s.repeatMode + "/" + s.shuffle + "/" + s.audioStreamIndex + "/"
                + s.subtitleStreamIndex;
    }

    private static void applyPlayState(SimSession s, @Nullable JsonObject body) {
        if (body == null) {
            return;
        }
        String muted = SimJson.string(body, "IsMuted");
        if (muted != null) {
            s.muted = Boolean.parseBoolean(muted);
        }
        Long volume = PlaystateRoutes.longValue(body, "VolumeLevel");
        if (volume != null) {
            s.volumeLevel = volume.intValue();
        }
        String repeat = SimJson.string(body, "RepeatMode");
        if (repeat != null) {
            s.repeatMode = repeat;
        }
        String order = SimJson.string(body, "PlaybackOrder");
        String shuffle = SimJson.string(body, "Shuffle");
        if (order != null || shuffle != null) {
            s.shuffle = "Shuffle".equalsIgnoreCase(order) || Boolean.parseBoolean(shuffle);
        }
        String canSeek = SimJson.string(body, "CanSeek");
        if (canSeek != null) {
            s.canSeek = Boolean.parseBoolean(canSeek);
        }
        Long audio = PlaystateRoutes.longValue(body, "AudioStreamIndex");
        Long subtitle = PlaystateRoutes.longValue(body, "SubtitleStreamIndex");
        s.audioStreamIndex = audio == null ? s.audioStreamIndex : Integer.valueOf(audio.intValue());
        s.subtitleStreamIndex = subtitle == null ? s.subtitleStreamIndex : Integer.valueOf(subtitle.intValue());
        String method = SimJson.string(body, "PlayMethod");
        if (method != null) {
            s.playMethod = method;
        }
    }
}
