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
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.GeneralCommand;
import org.openhab.binding.jellyfin.internal.api.ItemSearch;
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

    /** What became of a command. */
    public sealed interface Outcome permits Sent, Refused, NotACommand {
    }

    /** The request is under way. */
    public record Sent(CompletableFuture<?> request) implements Outcome {
    }

    /** The client cannot do it; nothing was sent. */
    public record Refused(String reason) implements Outcome {
    }

    /** The channel does not take this command (a read-only channel, a command of the wrong type). */
    public record NotACommand() implements Outcome {
    }

    /** Writes the watched state of an item: through the bridge's outbox, so the write survives an outage. */
    public interface WatchedWriter {
        CompletableFuture<?> setWatched(String itemId, boolean watched);
    }

    private final JellyfinClient client;
    private final SessionState session;
    private final String userId;
    private final WatchedWriter watchedWriter;

    /**
     * @param userId the user for item look-ups: the session's user, else the bridge's
     */
    public ClientCommands(JellyfinClient client, SessionState session, String userId, WatchedWriter watchedWriter) {
        this.client = client;
        this.session = session;
        this.userId = userId;
        this.watchedWriter = watchedWriter;
    }

    public Outcome handle(String channelId, Command command) {
        return switch (channelId) {
            case CHANNEL_MEDIA_CONTROL -> mediaControl(command);
            case CHANNEL_MEDIA_STOP -> command == OnOffType.ON ? playstate(PlaystateCommand.STOP, null)
                    : new NotACommand();
            case CHANNEL_VOLUME -> volume(command);
            case CHANNEL_MUTE -> command instanceof OnOffType onOff
                    ? general(onOff == OnOffType.ON ? GeneralCommand.mute() : GeneralCommand.unmute())
                    : new NotACommand();
            case CHANNEL_PLAYING_ITEM_PERCENTAGE -> seekPercent(command);
            case CHANNEL_PLAYING_ITEM_SECOND -> seekSeconds(command);
            case CHANNEL_PLAYING_ITEM_WATCHED -> watched(command);
            case CHANNEL_MEDIA_SHUFFLE -> command instanceof OnOffType onOff
                    ? general(GeneralCommand.setShuffleQueue(onOff == OnOffType.ON))
                    : new NotACommand();
            case CHANNEL_MEDIA_REPEAT -> command instanceof StringType mode
                    ? general(GeneralCommand.setRepeatMode(mode.toString()))
                    : new NotACommand();
            case CHANNEL_MEDIA_AUDIO_TRACK -> command instanceof DecimalType index
                    ? general(GeneralCommand.setAudioStreamIndex(index.intValue()))
                    : new NotACommand();
            case CHANNEL_MEDIA_SUBTITLE -> command instanceof DecimalType index
                    ? general(GeneralCommand.setSubtitleStreamIndex(index.intValue()))
                    : new NotACommand();
            case CHANNEL_SEND_NOTIFICATION -> text(command, this::notify);
            case CHANNEL_PLAY_BY_ID -> text(command, ids -> playIds(PlayCommand.PLAY_NOW, ids));
            case CHANNEL_PLAY_NEXT_BY_ID -> text(command, ids -> playIds(PlayCommand.PLAY_NEXT, ids));
            case CHANNEL_PLAY_LAST_BY_ID -> text(command, ids -> playIds(PlayCommand.PLAY_LAST, ids));
            case CHANNEL_PLAY_BY_TERMS -> text(command, terms -> playSearch(PlayCommand.PLAY_NOW, terms));
            case CHANNEL_PLAY_NEXT_BY_TERMS -> text(command, terms -> playSearch(PlayCommand.PLAY_NEXT, terms));
            case CHANNEL_PLAY_LAST_BY_TERMS -> text(command, terms -> playSearch(PlayCommand.PLAY_LAST, terms));
            case CHANNEL_BROWSE_BY_ID -> text(command, this::browseId);
            case CHANNEL_BROWSE_BY_TERMS -> text(command, this::browseSearch);
            default -> new NotACommand();
        };
    }

    /** Plays items on the client (rule action): now, next or last, from a position. */
    public Outcome playItems(List<String> itemIds, PlayCommand mode, @Nullable Long startTicks) {
        if (itemIds.isEmpty()) {
            return new Refused("no item id given");
        }
        return remote(() -> client.play(session.id(), mode, itemIds, startTicks));
    }

    /** Seeks to a position (rule action). */
    public Outcome seekTo(long ticks) {
        return seek(ticks);
    }

    /** Shows a message on the client (rule action). */
    public Outcome message(String header, String text, @Nullable Long timeoutMs) {
        return requireCommand("DisplayMessage", () -> client.sendMessage(session.id(), header, text, timeoutMs));
    }

    /** Sends a general command by name, with arguments (rule action). */
    public Outcome command(String name, Map<String, String> arguments) {
        return general(new GeneralCommand(name, arguments));
    }

    private Outcome mediaControl(Command command) {
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
        return new NotACommand();
    }

    private Outcome volume(Command command) {
        if (command instanceof PercentType percent) {
            return general(GeneralCommand.setVolume(percent.intValue()));
        } else if (command instanceof IncreaseDecreaseType step) {
            Integer current = session.playState().volumeLevel();
            int base = current == null ? 50 : current;
            return general(GeneralCommand.setVolume(base + (step == IncreaseDecreaseType.INCREASE ? 1 : -1) * VOLUME_STEP));
        } else if (command instanceof OnOffType onOff) {
            return general(onOff == OnOffType.ON ? GeneralCommand.unmute() : GeneralCommand.mute());
        }
        return new NotACommand();
    }

    private Outcome seekPercent(Command command) {
        NowPlayingItem item = session.nowPlayingItem();
        Long runtime = item == null ? null : item.runTimeTicks();
        if (!(command instanceof DecimalType percent)) {
            return new NotACommand();
        }
        if (runtime == null || runtime <= 0) {
            return new Refused("nothing with a known length is playing");
        }
        double fraction = Math.max(0, Math.min(100, percent.doubleValue())) / 100.0;
        return seek(Math.round(runtime * fraction));
    }

    private Outcome seekSeconds(Command command) {
        BigDecimal seconds;
        if (command instanceof QuantityType<?> quantity) {
            QuantityType<?> inSeconds = quantity.toUnit(Units.SECOND);
            if (inSeconds == null) {
                return new NotACommand();
            }
            seconds = inSeconds.toBigDecimal();
        } else if (command instanceof DecimalType decimal) {
            seconds = decimal.toBigDecimal();
        } else {
            return new NotACommand();
        }
        return seek(Ticks.fromSeconds(Math.max(0, seconds.doubleValue())));
    }

    private Outcome seek(long ticks) {
        if (session.nowPlayingItem() == null) {
            return new Refused("nothing is playing");
        }
        if (!session.playState().canSeek()) {
            return new Refused("the client cannot seek in this item");
        }
        return playstate(PlaystateCommand.SEEK, ticks);
    }

    private Outcome watched(Command command) {
        String itemId = session.nowPlayingItemId();
        if (!(command instanceof OnOffType onOff)) {
            return new NotACommand();
        }
        if (itemId == null) {
            return new Refused("nothing is playing");
        }
        return new Sent(watchedWriter.setWatched(itemId, onOff == OnOffType.ON));
    }

    private Outcome notify(String text) {
        return requireCommand("DisplayMessage", () -> client.sendMessage(session.id(), NOTIFICATION_HEADER, text, null));
    }

    private Outcome playIds(PlayCommand mode, String ids) {
        List<String> itemIds = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (itemIds.isEmpty()) {
            return new Refused("no item id given");
        }
        return remote(() -> client.play(session.id(), mode, itemIds, null));
    }

    private Outcome playSearch(PlayCommand mode, String terms) {
        return remote(() -> firstMatch(terms)
                .thenCompose(item -> client.play(session.id(), mode, List.of(item.getId()), null)));
    }

    private Outcome browseId(String itemId) {
        return requireCommand("DisplayContent",
                () -> client.getItem(userId, itemId.trim()).thenCompose(this::displayContent));
    }

    private Outcome browseSearch(String terms) {
        return requireCommand("DisplayContent", () -> firstMatch(terms).thenCompose(this::displayContent));
    }

    private CompletableFuture<?> displayContent(BaseItem item) {
        String type = item.getType();
        return client.generalCommand(session.id(), new GeneralCommand("DisplayContent",
                Map.of("ItemId", item.getId(), "ItemName", item.getName(), "ItemType", type == null ? "" : type)));
    }

    private CompletableFuture<BaseItem> firstMatch(String terms) {
        return client.searchItems(userId, new ItemSearch(terms.trim(), SEARCHED_TYPES, 1)).thenApply(items -> {
            if (items.isEmpty()) {
                throw new CompletionException(new NoMatchException(terms));
            }
            return items.get(0);
        });
    }

    private Outcome playstate(PlaystateCommand command, @Nullable Long ticks) {
        return remote(() -> client.playstate(session.id(), command, ticks));
    }

    private Outcome general(GeneralCommand command) {
        return requireCommand(command.name(), () -> client.generalCommand(session.id(), command));
    }

    private Outcome requireCommand(String name, Supplier<CompletableFuture<?>> request) {
        if (!session.supportsCommand(name)) {
            return new Refused("the client does not support " + name);
        }
        return remote(request);
    }

    private Outcome remote(Supplier<CompletableFuture<?>> request) {
        if (!session.supportsRemoteControl()) {
            return new Refused("the client cannot be remote-controlled");
        }
        return new Sent(request.get());
    }

    private static Outcome text(Command command, Function<String, Outcome> action) {
        if (!(command instanceof StringType text) || text.toString().isBlank()) {
            return new NotACommand();
        }
        return action.apply(text.toString());
    }

    /** A search found nothing. */
    public static class NoMatchException extends Exception {
        private static final long serialVersionUID = 1L;

        public NoMatchException(String terms) {
            super("Nothing in the library matches \"" + terms + "\"");
        }
    }
}
