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
package org.openhab.binding.jellyfin.internal.action;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.GeneralCommand;
import org.openhab.binding.jellyfin.internal.api.PlayCommand;
import org.openhab.binding.jellyfin.internal.api.Ticks;
import org.openhab.binding.jellyfin.internal.handler.ClientCommands;
import org.openhab.binding.jellyfin.internal.handler.ClientHandler;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule actions of a client thing. Each returns whether the server accepted the request.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@Component(scope = ServiceScope.PROTOTYPE, service = JellyfinActions.class)
@ThingActionsScope(name = "jellyfin")
@NonNullByDefault
public class JellyfinActions implements ThingActions {

    private static final long TIMEOUT_SECONDS = 15;

    private final Logger logger = LoggerFactory.getLogger(JellyfinActions.class);
    private @Nullable ClientHandler handler;

    @Override
    public void setThingHandler(@Nullable ThingHandler handler) {
        this.handler = handler instanceof ClientHandler client ? client : null;
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    @RuleAction(label = "@text/action.mark-played.label", description = "@text/action.mark-played.description")
    public @ActionOutput(type = "java.lang.Boolean", label = "@text/action.output.success") boolean markPlayed(
            @ActionInput(name = "itemId", label = "@text/action.input.item-id", required = true) String itemId) {
        return run("markPlayed", client -> client.setWatched(itemId, true));
    }

    @RuleAction(label = "@text/action.mark-unplayed.label", description = "@text/action.mark-unplayed.description")
    public @ActionOutput(type = "java.lang.Boolean", label = "@text/action.output.success") boolean markUnplayed(
            @ActionInput(name = "itemId", label = "@text/action.input.item-id", required = true) String itemId) {
        return run("markUnplayed", client -> client.setWatched(itemId, false));
    }

    @RuleAction(label = "@text/action.send-message.label", description = "@text/action.send-message.description")
    public @ActionOutput(type = "java.lang.Boolean", label = "@text/action.output.success") boolean sendMessage(
            @ActionInput(name = "header", label = "@text/action.input.header") @Nullable String header,
            @ActionInput(name = "text", label = "@text/action.input.text", required = true) String text,
            @ActionInput(name = "timeoutMs", label = "@text/action.input.timeout-ms") @Nullable Long timeoutMs) {
        return onSession("sendMessage", c -> c.message(header, text, timeoutMs));
    }

    @RuleAction(label = "@text/action.play-items.label", description = "@text/action.play-items.description")
    public @ActionOutput(type = "java.lang.Boolean", label = "@text/action.output.success") boolean playItems(
            @ActionInput(name = "itemIds", label = "@text/action.input.item-ids", required = true) String itemIds,
            @ActionInput(name = "mode", label = "@text/action.input.mode") @Nullable String mode,
            @ActionInput(name = "startSeconds", label = "@text/action.input.start-seconds") @Nullable Double startSeconds) {
        PlayCommand command = playCommand(mode);
        if (command == null) {
            logger.warn("playItems: unknown mode '{}', expected PlayNow, PlayNext or PlayLast", mode);
            return false;
        }
        Long start = startSeconds == null ? null : Ticks.fromSeconds(Math.max(0, startSeconds));
        return onSession("playItems", c -> c.playItems(itemIds, command, start));
    }

    @RuleAction(label = "@text/action.seek.label", description = "@text/action.seek.description")
    public @ActionOutput(type = "java.lang.Boolean", label = "@text/action.output.success") boolean seek(
            @ActionInput(name = "seconds", label = "@text/action.input.seconds", required = true) double seconds) {
        return onSession("seek", c -> c.seekTo(Ticks.fromSeconds(Math.max(0, seconds))));
    }

    @RuleAction(label = "@text/action.send-command.label", description = "@text/action.send-command.description")
    public @ActionOutput(type = "java.lang.Boolean", label = "@text/action.output.success") boolean sendCommand(
            @ActionInput(name = "name", label = "@text/action.input.command-name", required = true) String name,
            @ActionInput(name = "arguments", label = "@text/action.input.arguments") @Nullable String arguments) {
        GeneralCommand command = new GeneralCommand(name, parseArguments(arguments));
        return onSession("sendCommand", c -> c.command(command));
    }

    // static twins for rules in the DSL

    public static boolean markPlayed(ThingActions actions, String itemId) {
        return ((JellyfinActions) actions).markPlayed(itemId);
    }

    public static boolean markUnplayed(ThingActions actions, String itemId) {
        return ((JellyfinActions) actions).markUnplayed(itemId);
    }

    public static boolean sendMessage(ThingActions actions, @Nullable String header, String text,
            @Nullable Long timeoutMs) {
        return ((JellyfinActions) actions).sendMessage(header, text, timeoutMs);
    }

    public static boolean playItems(ThingActions actions, String itemIds, @Nullable String mode,
            @Nullable Double startSeconds) {
        return ((JellyfinActions) actions).playItems(itemIds, mode, startSeconds);
    }

    public static boolean seek(ThingActions actions, double seconds) {
        return ((JellyfinActions) actions).seek(seconds);
    }

    public static boolean sendCommand(ThingActions actions, String name, @Nullable String arguments) {
        return ((JellyfinActions) actions).sendCommand(name, arguments);
    }

    /** "PlayNow" (default), "PlayNext" or "PlayLast", in any case. */
    static @Nullable PlayCommand playCommand(@Nullable String mode) {
        if (mode == null || mode.isBlank()) {
            return PlayCommand.PLAY_NOW;
        }
        String wanted = mode.trim().toLowerCase(Locale.ROOT).replace("_", "");
        for (PlayCommand command : PlayCommand.values()) {
            if (command.wireName().toLowerCase(Locale.ROOT).equals(wanted)) {
                return command;
            }
        }
        return null;
    }

    /** "Volume=50, Index=2" to a map; entries without '=' are ignored. */
    static Map<String, String> parseArguments(@Nullable String arguments) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (arguments == null) {
            return parsed;
        }
        for (String pair : arguments.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parsed.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return parsed;
    }

    /** Runs a request against the client's current session. */
    private boolean onSession(String action, Function<ClientCommands, CompletableFuture<?>> request) {
        return run(action, client -> client.onSession(request));
    }

    private boolean run(String action, Function<ClientHandler, CompletableFuture<?>> request) {
        ClientHandler client = handler;
        if (client == null) {
            logger.warn("{}: the action is not bound to a Jellyfin client thing", action);
            return false;
        }
        try {
            request.apply(client).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            logger.warn("{} on {} failed: {}", action, client.getThing().getUID(),
                    cause != null ? cause.getMessage() : e.getMessage());
        } catch (TimeoutException e) {
            logger.warn("{} on {}: the server did not answer in time", action, client.getThing().getUID());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
