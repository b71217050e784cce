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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.GeneralCommand;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.PlayCommand;
import org.openhab.binding.jellyfin.internal.api.PlaystateCommand;
import org.openhab.binding.jellyfin.internal.api.Ticks;
import org.openhab.binding.jellyfin.internal.api.dto.BaseItem;
import org.openhab.binding.jellyfin.internal.live.NowPlayingItem;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.IncreaseDecreaseType;
import org.openhab.core.library.types.NextPreviousType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.PlayPauseType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RewindFastforwardType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;

/**
 * Turns a command on a client channel into the request for the client's session, or refuses it with a reason when
 * the client cannot do it (it is not remote-controllable, or does not list the command among its supported ones).
 * A refused command is a request that failed at once, with an {@link IllegalStateException} saying why: nothing was
 * sent.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ClientCommands {

    /** Item kinds a search for play-by-terms and browse-by-terms looks at. */
    static final List<String> SEARCHED_TYPES = List.of("Movie", "Series", "Episode", "Audio", "MusicAlbum",
            "MusicArtist", "Playlist", "MusicVideo", "Video", "BoxSet");
    static final String NOTIFICATION_HEADER = "openHAB";
    static final int VOLUME_STEP = 5;

    private final JellyfinClient client;
    private final SessionState session;
    private final String userId;
    private final BiFunction<String, Boolean, CompletableFuture<?>> watchedWriter;

    /**
     * @param userId the user for item look-ups: the session's user, else the bridge's
     * @param watchedWriter writes the watched state of an item (through the bridge's outbox, so the write survives
     *            an outage)
     */
    public ClientCommands(JellyfinClient client, SessionState session, String userId,
            BiFunction<String, Boolean, CompletableFuture<?>> watchedWriter) {
        this.client = client;
        this.session = session;
        this.userId = userId;
        this.watchedWriter = watchedWriter;
    }

    /**
     * @return the request; failed at once when the client cannot do it or the channel does not take the command (a
     *         read-only channel, a command of the wrong type)
     */
    public CompletableFuture<?> handle(String channelId, Command command) {
        return switch (channelId) {
            case CHANNEL_MEDIA_CONTROL -> mediaControl(command);
            case CHANNEL_MEDIA_STOP -> command == OnOffType.ON ? playstate(PlaystateCommand.STOP, null)
                    : notACommand();
            case CHANNEL_VOLUME -> volume(command);
            case CHANNEL_MUTE -> command instanceof OnOffType onOff
                    ? command(onOff == OnOffType.ON ? GeneralCommand.mute() : GeneralCommand.unmute())
                    : notACommand();
            case CHANNEL_PLAYING_ITEM_PERCENTAGE -> seekPercent(command);
            case CHANNEL_PLAYING_ITEM_SECOND -> seekSeconds(command);
            case CHANNEL_PLAYING_ITEM_WATCHED -> watched(command);
            case CHANNEL_MEDIA_SHUFFLE -> command instanceof OnOffType onOff
                    ? command(GeneralCommand.setShuffleQueue(onOff == OnOffType.ON))
                    : notACommand();
            case CHANNEL_MEDIA_REPEAT -> command instanceof StringType mode
                    ? command(GeneralCommand.setRepeatMode(mode.toString()))
                    : notACommand();
            case CHANNEL_MEDIA_AUDIO_TRACK -> command instanceof DecimalType index
                    ? command(GeneralCommand.setAudioStreamIndex(index.intValue()))
                    : notACommand();
            case CHANNEL_MEDIA_SUBTITLE -> command instanceof DecimalType index
                    ? command(GeneralCommand.setSubtitleStreamIndex(index.intValue()))
                    : notACommand();
            default -> text(channelId, command);
        };
    }

    /** The channels that take a text: item ids, search terms, a notification. */
    private CompletableFuture<?> text(String channelId, Command command) {
        if (!(command instanceof StringType string) || string.toString().isBlank()) {
            return notACommand();
        }
        String text = string.toString();
        return switch (channelId) {
            case CHANNEL_SEND_NOTIFICATION -> message(null, text, null);
            case CHANNEL_PLAY_BY_ID -> playItems(text, PlayCommand.PLAY_NOW, null);
            case CHANNEL_PLAY_NEXT_BY_ID -> playItems(text, PlayCommand.PLAY_NEXT, null);
            case CHANNEL_PLAY_LAST_BY_ID -> playItems(text, PlayCommand.PLAY_LAST, null);
            case CHANNEL_PLAY_BY_TERMS -> playSearch(PlayCommand.PLAY_NOW, text);
            case CHANNEL_PLAY_NEXT_BY_TERMS -> playSearch(PlayCommand.PLAY_NEXT, text);
            case CHANNEL_PLAY_LAST_BY_TERMS -> playSearch(PlayCommand.PLAY_LAST, text);
            case CHANNEL_BROWSE_BY_ID -> browse(text, true);
            case CHANNEL_BROWSE_BY_TERMS -> browse(text, false);
            default -> notACommand();
        };
    }

    /** Plays items (ids separated by commas) on the client: now, next or last, from a position (also a rule action). */
    public CompletableFuture<?> playItems(String ids, PlayCommand mode, @Nullable Long startTicks) {
        List<String> itemIds = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (itemIds.isEmpty()) {
            return refused("no item id given");
        }
        String refusal = refusal(null);
        return refusal != null ? refused(refusal) : client.play(session.id(), mode, itemIds, startTicks);
    }

    /** Shows a message on the client (also a rule action); without a header, the header is "openHAB". */
    public CompletableFuture<?> message(@Nullable String header, String text, @Nullable Long timeoutMs) {
        String refusal = refusal("DisplayMessage");
        String title = header == null || header.isBlank() ? NOTIFICATION_HEADER : header;
        return refusal != null ? refused(refusal) : client.sendMessage(session.id(), title, text, timeoutMs);
    }

    /** Seeks to a position (also a rule action). */
    public CompletableFuture<?> seekTo(long ticks) {
        if (session.nowPlayingItem() == null) {
            return refused("nothing is playing");
        }
        if (!session.playState().canSeek()) {
            return refused("the client cannot seek in this item");
        }
        return playstate(PlaystateCommand.SEEK, ticks);
    }

    private CompletableFuture<?> mediaControl(Command command) {
        if (command == PlayPauseType.PLAY) {
            return playstate(PlaystateCommand.UNPAUSE, null);
        } else if (command == PlayPauseType.PAUSE) {
            return playstate(PlaystateCommand.PAUSE, null);
        } else if (command == NextPreviousType.NEXT) {
            return playstate(PlaystateCommand.NEXT_TRACK, null);
        } else if (command == NextPreviousType.PREVIOUS) {
            return playstate(PlaystateCommand.PREVIOUS_TRACK, null);
        } else if (command == RewindFastforwardType.FASTFORWARD) {
            return playstate(PlaystateCommand.FAST_FORWARD, null);
        } else if (command == RewindFastforwardType.REWIND) {
            return playstate(PlaystateCommand.REWIND, null);
        }
        return notACommand();
    }

    private CompletableFuture<?> volume(Command command) {
        if (command instanceof PercentType percent) {
            return command(GeneralCommand.setVolume(percent.intValue()));
        } else if (command instanceof IncreaseDecreaseType step) {
            Integer current = session.playState().volumeLevel();
            int base = current == null ? 50 : current;
            return command(GeneralCommand.setVolume(base + (step == IncreaseDecreaseType.INCREASE ? 1 : -1) * VOLUME_STEP));
        } else if (command instanceof OnOffType onOff) {
            return command(onOff == OnOffType.ON ? GeneralCommand.unmute() : GeneralCommand.mute());
        }
        return notACommand();
    }

    private CompletableFuture<?> seekPercent(Command command) {
        NowPlayingItem item = session.nowPlayingItem();
        Long runtime = item == null ? null : item.runTimeTicks();
        if (!(command instanceof DecimalType percent)) {
            return notACommand();
        }
        if (runtime == null || runtime <= 0) {
            return refused("nothing with a known length is playing");
        }
        double fraction = Math.max(0, Math.min(100, percent.doubleValue())) / 100.0;
        return seekTo(Math.round(runtime * fraction));
    }

    private CompletableFuture<?> seekSeconds(Command command) {
        BigDecimal seconds;
        if (command instanceof QuantityType<?> quantity) {
            QuantityType<?> inSeconds = quantity.toUnit(Units.SECOND);
            if (inSeconds == null) {
                return notACommand();
            }
            seconds = inSeconds.toBigDecimal();
        } else if (command instanceof DecimalType decimal) {
            seconds = decimal.toBigDecimal();
        } else {
            return notACommand();
        }
        return seekTo(Ticks.fromSeconds(Math.max(0, seconds.doubleValue())));
    }

    private CompletableFuture<?> watched(Command command) {
        String itemId = session.nowPlayingItemId();
        if (!(command instanceof OnOffType onOff)) {
            return notACommand();
        }
        if (itemId == null) {
            return refused("nothing is playing");
        }
        return watchedWriter.apply(itemId, onOff == OnOffType.ON);
    }

    private CompletableFuture<?> playSearch(PlayCommand mode, String terms) {
        String refusal = refusal(null);
        return refusal != null ? refused(refusal)
                : firstMatch(terms).thenCompose(item -> client.play(session.id(), mode, List.of(item.getId()), null));
    }

    /** Shows an item on the client's screen: the item with this id, or the first that matches these terms. */
    private CompletableFuture<?> browse(String text, boolean byId) {
        String refusal = refusal("DisplayContent");
        if (refusal != null) {
            return refused(refusal);
        }
        CompletableFuture<BaseItem> item = byId ? client.getItem(userId, text.trim()) : firstMatch(text);
        return item.thenCompose(found -> {
            String type = found.getType();
            return client.generalCommand(session.id(), new GeneralCommand("DisplayContent", Map.of("ItemId",
                    found.getId(), "ItemName", found.getName(), "ItemType", type == null ? "" : type)));
        });
    }

    private CompletableFuture<BaseItem> firstMatch(String terms) {
        return client.searchItems(userId, terms.trim(), SEARCHED_TYPES, 1).thenApply(items -> {
            if (items.isEmpty()) {
                throw new CompletionException(
                        new JellyfinApiException(Kind.NOT_FOUND, "Nothing in the library matches \"" + terms + "\""));
            }
            return items.get(0);
        });
    }

    private CompletableFuture<?> playstate(PlaystateCommand command, @Nullable Long ticks) {
        String refusal = refusal(null);
        return refusal != null ? refused(refusal) : client.playstate(session.id(), command, ticks);
    }

    /** Sends a general command (also a rule action). */
    public CompletableFuture<?> command(GeneralCommand command) {
        String refusal = refusal(command.name());
        return refusal != null ? refused(refusal) : client.generalCommand(session.id(), command);
    }

    /**
     * @param command the general command the request needs the client to support, if any
     * @return why the client cannot take the request, or null when it can
     */
    private @Nullable String refusal(@Nullable String command) {
        if (command != null && !session.supportsCommand(command)) {
            return "the client does not support " + command;
        }
        return session.supportsRemoteControl() ? null : "the client cannot be remote-controlled";
    }

    private static CompletableFuture<?> refused(String reason) {
        return CompletableFuture.failedFuture(new IllegalStateException(reason));
    }

    private static CompletableFuture<?> notACommand() {
        return refused("the channel does not take this command");
    }
}
