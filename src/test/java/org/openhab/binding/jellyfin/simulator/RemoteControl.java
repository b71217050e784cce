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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * What a remote-control request does to a session. A scripted, controllable session acts like a
 * client that obeys (pause sets IsPaused, seek moves the position, next moves in the queue…); a
 * session of a real client gets the server's message on its socket instead ({@code Playstate},
 * {@code GeneralCommand}, {@code Play}); a session that is not controllable ignores the command.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class RemoteControl {
    static final Set<String> PLAYSTATE_COMMANDS = Set.of("Stop", "Pause", "Unpause", "NextTrack", "PreviousTrack",
            "Seek", "Rewind", "FastForward", "PlayPause");
    static final Set<String> PLAY_COMMANDS = Set.of("PlayNow", "PlayNext", "PlayLast", "PlayInstantMix",
            "PlayShuffle");
    private static final long REWIND_TICKS = 100_000_000L;
    private static final long FAST_FORWARD_TICKS = 300_000_000L;

    private final SimState state;
    private final SimEvents events;

    RemoteControl(SimState state, SimEvents events) {
        this.state = state;
        this.events = events;
    }

    /** @return the canonical command name, or null when the version does not know it */
    @Nullable
    String playstateCommand(String name) {
        for (String known : PLAYSTATE_COMMANDS) {
            if (known.equalsIgnoreCase(name)) {
                return known;
            }
        }
        return state.rules().isEmby() && "SeekRelative".equalsIgnoreCase(name) ? "SeekRelative" : null;
    }

    void playstate(SimSession s, String command, @Nullable Long seekTicks) {
        if (!s.scripted) {
            JsonObject data = new JsonObject();
            data.addProperty("Command", command);
            SimJson.put(data, "SeekPositionTicks", seekTicks);
            events.toSession(s.id, "Playstate", data);
            return;
        }
        if (!s.supportsRemoteControl) {
            return;
        }
        long ticks = seekTicks == null ? 0 : seekTicks;
        switch (command) {
            case "Stop" -> state.stop(s);
            case "Pause" -> state.setPaused(s, true);
            case "Unpause" -> state.setPaused(s, false);
            case "PlayPause" -> state.setPaused(s, !s.paused);
            case "NextTrack" -> state.skip(s, 1);
            case "PreviousTrack" -> state.skip(s, -1);
            case "Seek" -> state.seek(s, ticks);
            case "SeekRelative" -> state.seek(s, s.positionTicks + ticks);
            case "Rewind" -> state.seek(s, s.positionTicks - REWIND_TICKS);
            case "FastForward" -> state.seek(s, s.positionTicks + FAST_FORWARD_TICKS);
            default -> throw new IllegalArgumentException(command);
        }
    }

    void play(SimSession s, String playCommand, List<String> itemIds, @Nullable Long startTicks) {
        if (!s.scripted) {
            JsonObject data = new JsonObject();
            data.add("ItemIds", SessionJson.strings(itemIds));
            SimJson.put(data, "StartPositionTicks", startTicks);
            data.addProperty("PlayCommand", playCommand);
            events.toSession(s.id, "Play", data);
            return;
        }
        if (!s.supportsRemoteControl) {
            return;
        }
        switch (playCommand) {
            case "PlayNext" -> state.enqueue(s, itemIds, true);
            case "PlayLast" -> state.enqueue(s, itemIds, false);
            case "PlayShuffle" -> {
                state.play(s, itemIds, 0, 0);
                state.update(s, x -> x.shuffle = true);
            }
            default -> state.play(s, itemIds, 0, startTicks == null ? 0 : startTicks);
        }
    }

    /**
     * @return false when an argument is invalid (the server answers 400)
     */
    boolean general(SimSession s, String name, Map<String, String> arguments) {
        if (!s.scripted) {
            JsonObject data = new JsonObject();
            data.addProperty("Name", name);
            JsonObject args = new JsonObject();
            arguments.forEach(args::addProperty);
            data.add("Arguments", args);
            events.toSession(s.id, "GeneralCommand", data);
            return true;
        }
        if (!s.supportsRemoteControl || s.supportedCommands.stream().noneMatch(c -> c.equalsIgnoreCase(name))) {
            return true;
        }
        try {
            apply(s, name.toLowerCase(Locale.ROOT), arguments);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void apply(SimSession s, String name, Map<String, String> args) {
        switch (name) {
            case "mute" -> state.update(s, x -> x.muted = true);
            case "unmute" -> state.update(s, x -> x.muted = false);
            case "togglemute" -> state.update(s, x -> x.muted = !x.muted);
            case "volumeup" -> state.update(s, x -> x.volumeLevel = Math.min(100, x.volumeLevel + 2));
            case "volumedown" -> state.update(s, x -> x.volumeLevel = Math.max(0, x.volumeLevel - 2));
            case "setvolume" -> {
                int volume = Integer.parseInt(arg(args, "Volume"));
                if (volume < 0 || volume > 100) {
                    throw new NumberFormatException("volume out of range");
                }
                state.update(s, x -> x.volumeLevel = volume);
            }
            case "setaudiostreamindex" -> {
                int index = Integer.parseInt(arg(args, "Index"));
                state.update(s, x -> x.audioStreamIndex = index);
            }
            case "setsubtitlestreamindex" -> {
                int index = Integer.parseInt(arg(args, "Index"));
                state.update(s, x -> x.subtitleStreamIndex = index);
            }
            case "setrepeatmode" -> {
                String mode = arg(args, "RepeatMode");
                if (!Set.of("RepeatNone", "RepeatAll", "RepeatOne").contains(mode)) {
                    throw new NumberFormatException("repeat mode " + mode);
                }
                state.update(s, x -> x.repeatMode = mode);
            }
            case "setshufflequeue" -> {
                String mode = arg(args, "ShuffleMode");
                state.update(s, x -> x.shuffle = "Shuffle".equalsIgnoreCase(mode));
            }
            case "displaymessage" -> state.showMessage(s, args.getOrDefault("Text", ""));
            default -> {
                // navigation and other commands do not change the player state
            }
        }
    }

    private static String arg(Map<String, String> args, String name) {
        for (Map.Entry<String, String> e : args.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        throw new NumberFormatException("missing argument " + name);
    }

    void message(SimSession s, String header, String text, @Nullable Long timeoutMs) {
        if (!s.scripted) {
            JsonObject data = new JsonObject();
            data.addProperty("Name", "DisplayMessage");
            JsonObject args = new JsonObject();
            args.addProperty("Header", header);
            args.addProperty("Text", text);
            SimJson.put(args, "TimeoutMs", timeoutMs == null ? null : timeoutMs.toString());
            data.add("Arguments", args);
            events.toSession(s.id, "GeneralCommand", data);
            return;
        }
        state.showMessage(s, text);
    }
}
