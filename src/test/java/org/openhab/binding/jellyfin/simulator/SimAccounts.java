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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Users, their login tokens and the API keys. Seeded with an admin ({@value #ADMIN_NAME}), a
 * non-admin ({@value #USER_NAME}) and one API key ({@value #API_KEY}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimAccounts {
    public static final String ADMIN_NAME = "alice";
    public static final String ADMIN_PASSWORD = "alice-secret";
    public static final String USER_NAME = "bob";
    public static final String USER_PASSWORD = "bob-secret";
    public static final String API_KEY = "5e1f0a2b3c4d4e5f8a9b0c1d2e3f4a5b";

    private final Map<String, SimUser> users = new ConcurrentHashMap<>();
    private final Map<String, SimToken> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokenCounter = new AtomicInteger();

    SimAccounts() {
        addUser(ADMIN_NAME, ADMIN_PASSWORD, true);
        addUser(USER_NAME, USER_PASSWORD, false);
        addApiKey(API_KEY);
    }

    public SimUser addUser(String name, String password, boolean admin) {
        SimUser user = new SimUser(SimJson.guid("user-" + name), name, password, admin);
        users.put(user.id(), user);
        return user;
    }

    public void addApiKey(String key) {
        tokens.put(key, new SimToken(key, null, "ApiKey", "ApiKey", "apikey-" + key.hashCode(), "1.0"));
    }

    public SimUser user(String name) {
        return users.values().stream().filter(u -> u.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user " + name));
    }

    public Optional<SimUser> userById(@Nullable String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(users.get(SimJson.normalizeId(id)));
    }

    public Optional<SimToken> token(@Nullable String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(tokens.get(token));
    }

    /**
     * Checks the password and issues a token; earlier tokens of this user on this DeviceId are revoked.
     *
     * @return the new token, or empty when name or password are wrong
     */
    public Optional<SimToken> login(String name, String password, String client, String device, String deviceId,
            String appVersion) {
        Optional<SimUser> user = users.values().stream()
                .filter(u -> u.name().equalsIgnoreCase(name) && u.password().equals(password)).findFirst();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String userId = user.get().id();
        tokens.values().removeIf(t -> userId.equals(t.userId()) && t.deviceId().equals(deviceId));
        SimToken token = new SimToken(SimJson.guid("token-" + tokenCounter.incrementAndGet() + name + deviceId),
                userId, client, device, deviceId, appVersion);
        tokens.put(token.token(), token);
        return Optional.of(token);
    }

    /** Issues a token as if the user had logged in from that device (for scripts). */
    public SimToken issue(String userName, String client, String device, String deviceId) {
        SimUser user = user(userName);
        return login(user.name(), user.password(), client, device, deviceId, "1.0.0").orElseThrow();
    }

    public boolean revoke(String token) {
        return tokens.remove(token) != null;
    }

    public List<SimToken> tokensOf(String userId) {
        List<SimToken> result = new ArrayList<>();
        tokens.values().stream().filter(t -> userId.equals(t.userId())).forEach(result::add);
        return result;
    }
}
