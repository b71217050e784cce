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


import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Server info, login and library browsing.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SystemRoutes {
    private final SimState state;
    private final Supplier<String> address;
    private final Supplier<String> serverName;

    SystemRoutes(SimState state, Supplier<String> address, Supplier<String> serverName) {
        this.state = state;
        this.address = address;
        this.serverName = serverName;
    }

    void register(RouteTable t, Dialect d) {
        t.add("GET", "/System/Info/Public", RouteTable.Access.ANONYMOUS, ex -> ex.json(200, publicInfo()));
        t.add("GET", "/System/Info", RouteTable.Access.AUTHENTICATED, ex -> ex.json(200, info()));
        t.add("POST", "/Users/AuthenticateByName", RouteTable.Access.ANONYMOUS, this::login);
        if (d == Dialect.JELLYFIN_10_8 || d.isEmby()) {
            t.add("GET", "/Users/{userId}/Items", RouteTable.Access.AUTHENTICATED, this::items);
            t.add("GET", "/Users/{userId}/Items/{itemId}", RouteTable.Access.AUTHENTICATED, this::item);
        }
        t.add("GET", "/Items", RouteTable.Access.AUTHENTICATED, this::items);
        if (!d.isEmby() && d != Dialect.JELLYFIN_10_8) {
            t.add("GET", "/Items/{itemId}", RouteTable.Access.AUTHENTICATED, this::item);
        }
    }

    JsonObject publicInfo() {
        JsonObject json = new JsonObject();
        SimJson.put(json, "LocalAddress", address.get());
        if (state.rules().isEmby()) {
            JsonArray addresses = new JsonArray();
            addresses.add(address.get());
            json.add("LocalAddresses", addresses);
            SimJson.put(json, "WanAddress", address.get());
            json.add("RemoteAddresses", new JsonArray());
        }
        SimJson.put(json, "ServerName", serverName.get());
        SimJson.put(json, "Version", state.rules().version().toString());
        if (!state.rules().isEmby()) {
            SimJson.put(json, "ProductName", "Jellyfin Server");
            SimJson.put(json, "OperatingSystem", "Linux");
        }
        SimJson.put(json, "Id", state.serverId);
        if (!state.rules().isEmby()) {
            SimJson.put(json, "StartupWizardCompleted", true);
        }
        return json;
    }

    private JsonObject info() {
        JsonObject json = publicInfo();
        SimJson.put(json, "HasPendingRestart", false);
        SimJson.put(json, "IsShuttingDown", false);
        SimJson.put(json, "SupportsLibraryMonitor", true);
        SimJson.put(json, "WebSocketPortNumber", Integer.valueOf(address.get().replaceAll(".*:(\\d+).*", "$1")));
        return json;
    }

    private void login(SimExchange ex) {
        RecordedRequest r = ex.request;
        SimAuth.Presented presented = SimAuth.read(state.rules(), r::header, r::queryParam);
        String client = presented.param("Client");
        String device = presented.param("Device");
        String deviceId = presented.param("DeviceId");
        String version = presented.param("Version");
        if (client.isBlank() || device.isBlank() || deviceId.isBlank() || version.isBlank()) {
            ex.error(400, "The authorization header needs Client, Device, DeviceId and Version");
            return;
        }
        JsonObject body = ex.jsonBody();
        String name = SimJson.string(body, "Username");
        String password = SimJson.string(body, "Pw");
        if (name == null) {
            ex.error(400, "Username is required");
            return;
        }
        Optional<SimToken> token = state.accounts.login(name, password == null ? "" : password, client, device,
                deviceId, version);
        if (token.isEmpty()) {
            ex.error(401, "Error processing request.");
            return;
        }
        SimUser user = state.accounts.userById(token.get().userId()).orElseThrow();
        SimSession session = state.clientSession(token.get());
        JsonObject json = new JsonObject();
        json.add("User", userJson(user));
        json.add("SessionInfo", state.sessionJson().write(session));
        SimJson.put(json, "AccessToken", token.get().token());
        SimJson.put(json, "ServerId", state.serverId);
        ex.json(200, json);
    }

    JsonObject userJson(SimUser user) {
        JsonObject json = new JsonObject();
        SimJson.put(json, "Name", user.name());
        SimJson.put(json, "ServerId", state.serverId);
        SimJson.put(json, "Id", user.id());
        SimJson.put(json, "HasPassword", true);
        SimJson.put(json, "HasConfiguredPassword", true);
        SimJson.put(json, "EnableAutoLogin", false);
        JsonObject policy = new JsonObject();
        SimJson.put(policy, "IsAdministrator", user.admin());
        SimJson.put(policy, "IsDisabled", false);
        SimJson.put(policy, "EnableRemoteControlOfOtherUsers", user.admin());
        if (!state.rules().isEmby()) {
            SimJson.put(policy, "AuthenticationProviderId",
                    "Jellyfin.Server.Implementations.Users.DefaultAuthenticationProvider");
            SimJson.put(policy, "PasswordResetProviderId",
                    "Jellyfin.Server.Implementations.Users.DefaultPasswordResetProvider");
        }
        json.add("Policy", policy);
        return json;
    }

    private void items(SimExchange ex) {
        SimUser user = userOrNull(ex);
        if (ex.status >= 400) {
            return;
        }
        Set<String> types = new LinkedHashSet<>();
        // arrays come as repeated parameters or comma-separated, as the servers accept both
        ex.queryAll("includeItemTypes").forEach(value -> types.addAll(SimHttpHandler.list(value)));
        List<SimItem> found = state.library.search(ex.query("searchTerm"), types, ex.query("parentId"));
        String ids = ex.query("ids");
        if (ids != null) {
            List<String> wanted = SimHttpHandler.list(ids).stream().map(SimJson::normalizeId).toList();
            found = found.stream().filter(i -> wanted.contains(i.id())).toList();
        }
        int total = found.size();
        String limit = ex.query("limit");
        if (limit != null) {
            found = found.stream().limit(Long.parseLong(limit)).toList();
        }
        JsonArray array = new JsonArray();
        found.forEach(i -> array.add(state.library.json(i, state.serverId, user == null ? null
                : state.userData.toJson(user.id(), i))));
        JsonObject json = new JsonObject();
        json.add("Items", array);
        SimJson.put(json, "TotalRecordCount", total);
        if (!state.rules().isEmby()) {
            SimJson.put(json, "StartIndex", 0);
        }
        ex.json(200, json);
    }

    private void item(SimExchange ex) {
        SimUser user = userOrNull(ex);
        if (ex.status >= 400) {
            return;
        }
        SimItem item = PlaystateRoutes.item(ex, state, ex.path("itemId"));
        if (item != null) {
            ex.json(200, state.library.json(item, state.serverId,
                    user == null ? null : state.userData.toJson(user.id(), item)));
        }
    }

    /** Browsing does not need a user; with one (path, ?userId= or the caller) items carry UserData. */
    private @Nullable SimUser userOrNull(SimExchange ex) {
        boolean inPath = ex.request.apiPath().regionMatches(true, 0, "/Users/", 0, 7);
        if (!inPath && ex.query("userId") == null && ex.caller().isApiKey()) {
            return null;
        }
        return PlaystateRoutes.user(ex, state);
    }
}
