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
        this.routes = routes;
        this.http = new SimHttpHandler(state, log, faults, routes, validator);
    }

    private final RouteTable routes;

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

    /** The user marks an item played on some client: UserDataChanged to that user's sockets. */
    public void markPlayed(String userName, String itemKey) {
        state.markPlayed(state.accounts.user(userName).id(), state.library.item(itemKey), null);
    }

    // ---- clients and sessions

    public ClientSpec newClient(String deviceName) {
        return new ClientSpec(deviceName, this::create);
    }

    private SimClient create(ClientSpec spec) {
        SimUser user = state.accounts.user(spec.userName);
        SimSession session = state.addSession(user, spec.client, spec.deviceName, spec.deviceId, spec.appVersion,
                true, spec.controllable, spec.commands);
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
