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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Ticks;
import org.openhab.binding.jellyfin.internal.live.NowPlayingItem;
import org.openhab.binding.jellyfin.internal.live.PlayState;
import org.openhab.binding.jellyfin.internal.live.PlayStatus;
import org.openhab.binding.jellyfin.internal.live.PrimaryImage;
import org.openhab.binding.jellyfin.internal.live.SessionEvent;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The state of every client channel, as a pure function of one session (a client thing is a projection of its
 * session). Values that do not apply now (no item playing, a film has no album) are {@link UnDefType#UNDEF}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SessionProjection {

    /** The channels whose state depends on the playback position. */
    public static final List<String> POSITION_CHANNELS = List.of(CHANNEL_PLAYING_ITEM_SECOND,
            CHANNEL_PLAYING_ITEM_PERCENTAGE);

    private SessionProjection() {
    }

    /**
     * @param session the session
     * @param positionTicks the position to show (the session's own, or an estimate between pushes)
     * @param watched the watched state of the playing item for the bridge's user, when known
     * @param apiBase the server's address with the dialect's base path, for image URLs
     * @return channel id to state, for every state channel of a client
     */
    public static Map<String, State> project(SessionState session, @Nullable Long positionTicks,
            @Nullable Boolean watched, String apiBase) {
        Map<String, State> states = new HashMap<>();
        PlayState play = session.playState();
        PlayStatus status = session.status();
        NowPlayingItem item = session.nowPlayingItem();

        states.put(CHANNEL_MEDIA_CONTROL, status == PlayStatus.PLAYING ? PlayPauseType.PLAY : PlayPauseType.PAUSE);
        states.put(CHANNEL_MEDIA_STOP, OnOffType.from(status == PlayStatus.STOPPED));
        states.put(CHANNEL_PLAY_STATE, new StringType(status.name()));
        states.put(CHANNEL_VOLUME, percent(play.volumeLevel()));
        states.put(CHANNEL_MUTE, OnOffType.from(play.muted()));
        states.put(CHANNEL_MEDIA_SHUFFLE, OnOffType.from(play.shuffled()));
        states.put(CHANNEL_MEDIA_REPEAT, text(play.repeatMode()));
        states.put(CHANNEL_MEDIA_AUDIO_TRACK, item == null ? UnDefType.UNDEF : number(play.audioStreamIndex()));
        states.put(CHANNEL_MEDIA_SUBTITLE, item == null ? UnDefType.UNDEF : number(play.subtitleStreamIndex()));
        states.put(CHANNEL_USER, text(session.userName()));
        Instant lastActivity = session.lastActivityDate();
        states.put(CHANNEL_LAST_ACTIVITY, lastActivity == null ? UnDefType.UNDEF : new DateTimeType(lastActivity));

        if (item == null) {
            for (String channel : List.of(CHANNEL_PLAYING_ITEM_ID, CHANNEL_PLAYING_ITEM_NAME,
                    CHANNEL_PLAYING_ITEM_SERIES_NAME, CHANNEL_PLAYING_ITEM_SEASON_NAME, CHANNEL_PLAYING_ITEM_SEASON,
                    CHANNEL_PLAYING_ITEM_EPISODE, CHANNEL_PLAYING_ITEM_GENRES, CHANNEL_PLAYING_ITEM_TYPE,
                    CHANNEL_PLAYING_ITEM_YEAR, CHANNEL_PLAYING_ITEM_ARTIST, CHANNEL_PLAYING_ITEM_ALBUM,
                    CHANNEL_PLAYING_ITEM_IMAGE_URL, CHANNEL_PLAYING_ITEM_WATCHED, CHANNEL_PLAYING_ITEM_SECOND,
                    CHANNEL_PLAYING_ITEM_PERCENTAGE, CHANNEL_PLAYING_ITEM_TOTAL_SECONDS)) {
                states.put(channel, UnDefType.UNDEF);
            }
            return states;
        }
        states.put(CHANNEL_PLAYING_ITEM_ID, new StringType(item.id()));
        states.put(CHANNEL_PLAYING_ITEM_NAME, text(item.name()));
        states.put(CHANNEL_PLAYING_ITEM_SERIES_NAME, text(item.seriesName()));
        states.put(CHANNEL_PLAYING_ITEM_SEASON_NAME, text(item.seasonName()));
        boolean audio = "Audio".equals(item.type());
        states.put(CHANNEL_PLAYING_ITEM_SEASON, audio ? UnDefType.UNDEF : number(item.parentIndexNumber()));
        states.put(CHANNEL_PLAYING_ITEM_EPISODE, number(item.indexNumber()));
        states.put(CHANNEL_PLAYING_ITEM_GENRES, joined(item.genres()));
        states.put(CHANNEL_PLAYING_ITEM_TYPE, text(item.type()));
        states.put(CHANNEL_PLAYING_ITEM_YEAR, number(item.productionYear()));
        List<String> artists = item.artists();
        states.put(CHANNEL_PLAYING_ITEM_ARTIST, artists.isEmpty() ? text(item.albumArtist()) : joined(artists));
        states.put(CHANNEL_PLAYING_ITEM_ALBUM, text(item.album()));
        states.put(CHANNEL_PLAYING_ITEM_IMAGE_URL, imageUrl(apiBase, item));
        Boolean played = watched != null ? watched : item.played();
        states.put(CHANNEL_PLAYING_ITEM_WATCHED, played == null ? UnDefType.UNDEF : OnOffType.from(played));

        Long runtime = item.runTimeTicks();
        states.put(CHANNEL_PLAYING_ITEM_TOTAL_SECONDS, seconds(runtime));
        states.putAll(position(positionTicks, runtime));
        return states;
    }

    /** The event of the {@code playback-event} trigger channel for a session event. */
    public static String triggerEvent(SessionEvent event) {
        return event == SessionEvent.PLAYBACK_STARTED ? "STARTED"
                : event == SessionEvent.PLAYBACK_STOPPED ? "STOPPED" : event.name();
    }

    /** The position channels alone, for the updates between pushes. */
    public static Map<String, State> position(@Nullable Long positionTicks, @Nullable Long runtimeTicks) {
        Map<String, State> states = new HashMap<>();
        states.put(CHANNEL_PLAYING_ITEM_SECOND, seconds(positionTicks));
        if (positionTicks == null || runtimeTicks == null || runtimeTicks <= 0) {
            states.put(CHANNEL_PLAYING_ITEM_PERCENTAGE, UnDefType.UNDEF);
        } else {
            BigDecimal percent = BigDecimal.valueOf(Math.min(positionTicks, runtimeTicks) * 100.0 / runtimeTicks)
                    .setScale(0, RoundingMode.DOWN);
            states.put(CHANNEL_PLAYING_ITEM_PERCENTAGE, new PercentType(percent));
        }
        return states;
    }

    private static State seconds(@Nullable Long ticks) {
        if (ticks == null || ticks < 0) {
            return UnDefType.UNDEF;
        }
        return new QuantityType<>(ticks / Ticks.PER_SECOND, Units.SECOND);
    }

    private static State percent(@Nullable Integer value) {
        if (value == null) {
            return UnDefType.UNDEF;
        }
        return new PercentType(Math.max(0, Math.min(100, value)));
    }

    private static State number(@Nullable Integer value) {
        return value == null ? UnDefType.UNDEF : new DecimalType(value);
    }

    private static State text(@Nullable String value) {
        return value == null || value.isEmpty() ? UnDefType.UNDEF : new StringType(value);
    }

    private static State joined(List<String> values) {
        return values.isEmpty() ? UnDefType.UNDEF : new StringType(String.join(", ", values));
    }

    /** The address of the item's primary image (for an episode without one, its series'), without credentials. */
    private static State imageUrl(String apiBase, NowPlayingItem item) {
        PrimaryImage image = item.image();
        if (image == null) {
            return UnDefType.UNDEF;
        }
        return new StringType(
                apiBase + "/Items/" + encode(image.itemId()) + "/Images/Primary?tag=" + encode(image.tag()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
