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


import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * GET /Sessions, client capabilities and the remote-control routes.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SessionRoutes {
    private final SimState state;
    private final RemoteControl control;

    SessionRoutes(SimState state, RemoteControl control) {
        this.state = state;
        this.control = control;
    }

    void register(RouteTable table) {
        table.add("GET", "/Sessions", RouteTable.Access.AUTHENTICATED, this::sessions);
        table.add("POST", "/Sessions/Capabilities", RouteTable.Access.AUTHENTICATED, this::capabilities);
        table.add("POST", "/Sessions/Capabilities/Full", RouteTable.Access.AUTHENTICATED, this::capabilitiesFull);
        table.add("POST", "/Sessions/{sessionId}/Playing/{command}", RouteTable.Access.AUTHENTICATED, this::playstate);
        table.add("POST", "/Sessions/{sessionId}/Playing", RouteTable.Access.AUTHENTICATED, this::play);
        table.add("POST", "/Sessions/{sessionId}/Command/{command}", RouteTable.Access.AUTHENTICATED, this::namedCommand);
        table.add("POST", "/Sessions/{sessionId}/Command", RouteTable.Access.AUTHENTICATED, this::command);
        table.add("POST", "/Sessions/{sessionId}/Message", RouteTable.Access.AUTHENTICATED, this::message);
    }

    private void sessions(SimExchange ex) {
        Stream<SimSession> list = state.visibleTo(ex.caller(), false).stream();
        String deviceId = ex.query("deviceId");
        if (deviceId != null) {
            list = list.filter(s -> s.deviceId.equals(deviceId));
        }
        String controllableBy = ex.query("controllableByUserId");
        if (controllableBy != null) {
            Optional<SimUser> user = state.accounts.userById(controllableBy);
            if (user.isEmpty()) {
                ex.error(404, "User not found");
                return;
            }
            boolean admin = user.get().admin();
            list = list.filter(s -> supportsRemoteControl(s) && (admin || s.userId == null || s.belongsTo(
                    user.get().id())));
        }
        String activeWithin = state.rules().isEmby() ? null : ex.query("activeWithinSeconds");
        if (activeWithin != null && (controllableBy != null || !state.rules().activeWithinNeedsControllable())) {
            long seconds = Long.parseLong(activeWithin);
            var since = state.now().minus(Duration.ofSeconds(seconds));
            list = list.filter(s -> !s.lastActivity.isBefore(since));
        }
        ex.json(200, state.toJson(list.toList()));
    }

    static boolean supportsRemoteControl(SimSession s) {
        return s.supportsRemoteControl || s.socketConnected;
    }

    private void capabilities(SimExchange ex) {
        List<String> media = SimHttpHandler.list(ex.query("playableMediaTypes"));
        List<String> commands = SimHttpHandler.list(ex.query("supportedCommands"));
        String mediaControl = ex.query("supportsMediaControl");
        applyCapabilities(ex, media, commands, Boolean.parseBoolean(mediaControl));
    }

    private void capabilitiesFull(SimExchange ex) {
        JsonObject body = ex.jsonBody();
        if (body == null) {
            ex.error(400, "A ClientCapabilitiesDto body is required");
            return;
        }
        applyCapabilities(ex, strings(SimJson.element(body, "PlayableMediaTypes")),
                strings(SimJson.element(body, "SupportedCommands")),
                Boolean.parseBoolean(SimJson.string(body, "SupportsMediaControl")));
    }

    private void applyCapabilities(SimExchange ex, List<String> media, List<String> commands, boolean control) {
        SimSession session = state.clientSession(ex.caller());
        state.update(session, s -> {
            s.playableMediaTypes = media;
            s.supportedCommands = commands;
            s.supportsRemoteControl = control;
        });
        ex.noContent();
    }

    private static List<String> strings(@Nullable JsonElement element) {
        if (element == null || !element.isJsonArray()) {
            return List.of();
        }
        return element.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
    }

    private @Nullable SimSession target(SimExchange ex) {
        Optional<SimSession> session = state.session(ex.path("sessionId"));
        if (session.isEmpty()) {
            ex.error(404, "Session not found");
            return null;
        }
        return session.get();
    }

    private void playstate(SimExchange ex) {
        String command = control.playstateCommand(ex.path("command"));
        if (command == null) {
            ex.error(400, "The value '" + ex.path("command") + "' is not valid.");
            return;
        }
        SimSession session = target(ex);
        if (session == null) {
            return;
        }
        String seek = ex.query("seekPositionTicks");
        JsonObject body = ex.jsonBody();
        if (seek == null && state.rules().isEmby() && body != null) {
            seek = SimJson.string(body, "SeekPositionTicks");
        }
        try {
            control.playstate(session, command, seek == null ? null : Long.parseLong(seek));
            ex.noContent();
        } catch (NumberFormatException e) {
            ex.error(400, "Invalid seekPositionTicks");
        }
    }

    private void play(SimExchange ex) {
        String playCommand = ex.query("playCommand");
        List<String> ids = SimHttpHandler.list(ex.query("itemIds"));
        if (playCommand == null || !RemoteControl.PLAY_COMMANDS.contains(playCommand) || ids.isEmpty()) {
            ex.error(400, "playCommand and itemIds are required");
            return;
        }
        SimSession session = target(ex);
        if (session == null) {
            return;
        }
        List<String> normalized = ids.stream().map(SimJson::normalizeId).toList();
        if (normalized.stream().anyMatch(id -> state.library.find(id).isEmpty())) {
            ex.error(404, "Item not found");
            return;
        }
        String start = ex.query("startPositionTicks");
        try {
            control.play(session, playCommand, normalized, start == null ? null : Long.parseLong(start));
            ex.noContent();
        } catch (NumberFormatException e) {
            ex.error(400, "Invalid startPositionTicks");
        }
    }

    private void namedCommand(SimExchange ex) {
        runCommand(ex, ex.path("command"), Map.of());
    }

    private void command(SimExchange ex) {
        JsonObject body = ex.jsonBody();
        String name = SimJson.string(body, "Name");
        if (name == null) {
            ex.error(400, "A GeneralCommand body with a Name is required");
            return;
        }
        Map<String, String> args = new LinkedHashMap<>();
        JsonElement arguments = SimJson.element(body, "Arguments");
        if (arguments != null && arguments.isJsonObject()) {
            arguments.getAsJsonObject().entrySet().forEach(e -> args.put(e.getKey(),
                    e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
        }
        runCommand(ex, name, args);
    }

    private void runCommand(SimExchange ex, String name, Map<String, String> args) {
        SimSession session = target(ex);
        if (session == null) {
            return;
        }
        if (control.general(session, name, args)) {
            ex.noContent();
        } else {
            ex.error(400, "Invalid arguments for " + name);
        }
    }

    private void message(SimExchange ex) {
        String header;
        String text;
        String timeout;
        if (state.rules().isEmby()) {
            header = ex.query("Header");
            text = ex.query("Text");
            timeout = ex.query("TimeoutMs");
        } else {
            JsonObject body = ex.jsonBody();
            header = SimJson.string(body, "Header");
            text = SimJson.string(body, "Text");
            timeout = SimJson.string(body, "TimeoutMs");
        }
        if (text == null) {
            ex.error(400, "Text is required");
            return;
        }
        SimSession session = target(ex);
        if (session == null) {
            return;
        }
        control.message(session, header == null ? "" : header, text, timeout == null ? null : Long.valueOf(timeout));
        ex.noContent();
    }
}
