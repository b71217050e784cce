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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The script API shared by every {@link JellyfinSimulator}: accounts, library, clients, time, user
 * data and the request log with its spec checks.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class SimScript {
    final SimState state;
    final RequestLog log = new RequestLog();
    final SimFaults faults = new SimFaults();
    final SimHttpHandler http;
    final HubHolder hub;
    final @Nullable SpecValidator validator;
    final String serverName;
    @Nullable
    Boolean legacyAuthorization;
    private final Duration progressStep;

    SimScript(SimulatorBuilder b, HubHolder hub) {
        this.hub = hub;
        this.legacyAuthorization = b.legacyAuthorization;
        this.serverName = b.serverName;
        this.progressStep = b.progressStep;
        this.state = new SimState(new SimRules(b.dialect, b.version, b.legacyAuthorization), b.clock, hub.hub());
        hub.hub().attach(state);
        hub.hub().setUserDataBatch(b.userDataBatch);
        hub.hub().setKeepAliveSeconds((int) Math.max(1, b.keepAlive.toSeconds()));
        this.validator = b.strict ? SpecValidator.forDialect(b.dialect).orElse(null) : null;
        RemoteControl control = new RemoteControl(state, hub.hub());
        RouteTable routes = new RouteTable();
        new SystemRoutes(state, this::serverUrl, () -> serverName).register(routes, b.dialect);
        new SessionRoutes(state, control).register(routes);
        new PlaystateRoutes(state, new PlaybackReports(state)).register(routes, b.dialect);
        this.images = new ImageRoutes(state);
        images.register(routes, b.dialect);
        this.routes = routes;
        this.http = new SimHttpHandler(state, log, faults, routes, validator);
    }

    private final RouteTable routes;
    private final ImageRoutes images;

    public abstract String serverUrl();

    public Dialect dialect() {
        return state.rules().dialect();
    }

    public SimRules rules() {
        return state.rules();
    }

    public String version() {
        return state.rules().version().toString();
    }

    public String serverId() {
        return state.serverId;
    }

    /** @return true when requests are validated against the official spec */
    public boolean isStrict() {
        return validator != null;
    }

    /** @return the routes this dialect serves, each as "METHOD /path" plus why it is hidden from the spec */
    public List<String> routes() {
        List<String> list = new ArrayList<>();
        routes.routes().forEach(r -> list.add(r.method() + " " + r.template()
                + (r.hiddenReason() == null ? "" : "  (hidden: " + r.hiddenReason() + ")")));
        return list;
    }

    // ---- log and spec

    public RequestLog requests() {
        return log;
    }

    /** Fails when any request received did not conform to the version's spec (strict mode). */
    public void assertNoSpecViolations() {
        List<String> violations = log.violations();
        if (!violations.isEmpty()) {
            throw new AssertionError("requests not conforming to the " + dialect() + " spec:\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** Fails when any answer of the simulator did not conform to the spec (a simulator bug). */
    public void assertNoResponseViolations() {
        List<String> violations = log.responseViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("answers not conforming to the " + dialect() + " spec:\n  "
                    + String.join("\n  ", violations));
        }
    }

    // ---- accounts

    public SimAccounts accounts() {
        return state.accounts;
    }

    /** @return the seeded API key */
    public String apiKey() {
        return SimAccounts.API_KEY;
    }

    public SimUser admin() {
        return state.accounts.user(SimAccounts.ADMIN_NAME);
    }

    /** @return the seeded non-admin user */
    public SimUser user() {
        return state.accounts.user(SimAccounts.USER_NAME);
    }

    /**
     * Logs a user in from a device as AuthenticateByName would (client "Sim Test", device "Test
     * Device"): earlier tokens of that user on the device are revoked and the device gets a session.
     *
     * @return the access token
     */
    public String login(String userName, String deviceId) {
        SimToken token = state.accounts.issue(userName, "Sim Test", "Test Device", deviceId);
        state.clientSession(token);
        return token.token();
    }

    public boolean revokeToken(String token) {
        return state.accounts.revoke(token);
    }

    /** A Jellyfin {@code Authorization} header value carrying a token. */
    public static String authorization(String token) {
        return "MediaBrowser Client=\"Sim Test\", Device=\"Test Device\", DeviceId=\"test-device\", "
                + "Version=\"1.0.0\", Token=\"" + token + "\"";
    }

    // ---- library and user data

    public SimLibrary library() {
        return state.library;
    }

    /** @return the server's id of a library item, e.g. {@code itemId("film-1")} */
    public String itemId(String key) {
        return state.library.idOf(key);
    }

    public SimUserData.Entry userData(String userName, String itemKey) {
        return state.userData.get(state.accounts.user(userName).id(), itemId(itemKey));
    }

    /**
     * Tells the users' sockets that the library changed ({@code LibraryChanged}, Data a LibraryUpdateInfo), as the
     * server does when its library update timer fires after a scan: item ids in the server's form, Jellyfin's
     * with {@code IsEmpty}. API-key sockets get nothing (the server sends it to users' sessions only).
     *
     * @param added keys of the items added (e.g. from {@link SimLibrary#addEpisode})
     * @param updated keys of the items updated
     * @param removed keys of the items removed
     */
    public void libraryChanged(List<String> added, List<String> updated, List<String> removed) {
        JsonObject info = new JsonObject();
        info.add("FoldersAddedTo", new JsonArray());
        info.add("FoldersRemovedFrom", new JsonArray());
        info.add("ItemsAdded", ids(added));
        info.add("ItemsRemoved", ids(removed));
        info.add("ItemsUpdated", ids(updated));
        info.add("CollectionFolders", new JsonArray());
        if (!dialect().isEmby()) {
            info.addProperty("IsEmpty", added.isEmpty() && updated.isEmpty() && removed.isEmpty());
        }
        hub.hub().libraryChanged(info);
    }

    private JsonArray ids(List<String> keys) {
        JsonArray array = new JsonArray();
        keys.forEach(key -> array.add(itemId(key)));
        return array;
    }

    /** Image requests wait from now on until {@link #releaseImages()} (at most 30 s each). */
    public void holdImages() {
        images.hold();
    }

    public void releaseImages() {
        images.release();
    }

    /** Every image is answered as a full-size noise PNG of several megabytes, whatever maxWidth asks. */
    public void serveOversizedImages(boolean on) {
        images.oversize(on);
    }

    /** The user marks an item played on some client: UserDataChanged to that user's sockets. */
    public void markPlayed(String userName, String itemKey) {
        state.markPlayed(state.accounts.user(userName).id(), state.library.item(itemKey), null);
    }

    // ---- clients and sessions

    public ClientSpec newClient(String deviceName) {
        return new ClientSpec(deviceName, this::create);
    }

    private SimClient create(ClientSpec spec) {
        String userName = spec.userName;
        SimUser user = userName == null ? null : state.accounts.user(userName);
        List<SimUser> others = spec.additionalUsers.stream().map(state.accounts::user).toList();
        SimSession session = state.addSession(user, others, spec.client, spec.deviceName, spec.deviceId,
                spec.appVersion, true, spec.controllable, spec.commands);
        return new SimClient(state, session);
    }

    /** Creates {@code count} controllable clients "Client 1".."Client n" of the admin user. */
    public List<SimClient> addClients(int count) {
        List<SimClient> clients = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            clients.add(newClient("Client " + i).add());
        }
        return clients;
    }

    public List<SimSession> sessions() {
        return state.sessions();
    }

    public Optional<SimSession> session(String id) {
        return state.session(id);
    }

    /** @return the session the server holds for an API client's device (e.g. the binding) */
    public Optional<SimSession> sessionOfDevice(String deviceId) {
        return state.sessions().stream().filter(s -> s.deviceId().equals(deviceId)).findFirst();
    }

    public boolean removeSession(String id) {
        return state.removeSession(id);
    }

    // ---- time

    public SimClock clock() {
        return state.clock;
    }

    /**
     * Moves the simulator clock; playing scripted clients advance and report progress every
     * progress step (periodic: at most one {@code Sessions} push per subscription interval).
     */
    public void advance(Duration duration) {
        state.advance(duration, progressStep);
    }
}
