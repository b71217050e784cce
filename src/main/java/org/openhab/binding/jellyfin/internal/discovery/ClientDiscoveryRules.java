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
package org.openhab.binding.jellyfin.internal.discovery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.live.SessionState;

/**
 * Which sessions are offered as client things, and under which thing id.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ClientDiscoveryRules {

    private final boolean enabled;
    private final List<String> clientFilter;

    /**
     * @param enabled whether clients are offered at all
     * @param clientFilter comma-separated client application names to offer; empty offers all
     */
    public ClientDiscoveryRules(boolean enabled, String clientFilter) {
        this.enabled = enabled;
        List<String> clients = new ArrayList<>();
        for (String client : clientFilter.split(",")) {
            String name = client.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                clients.add(name);
            }
        }
        this.clientFilter = clients;
    }

    /**
     * @return whether the session is offered: never the binding's own sessions (its bridge, its reporters), never a
     *         session without a device id, and only the clients the user asked for
     */
    public boolean offers(SessionState session) {
        if (!enabled || session.deviceId().isBlank()) {
            return false;
        }
        if (ClientIdentity.DEFAULT_CLIENT.equals(session.client())) {
            return false;
        }
        return clientFilter.isEmpty() || clientFilter.contains(session.client().trim().toLowerCase(Locale.ROOT));
    }

    /**
     * A thing id for a device id: device ids may hold any character and be long (base64 of a user agent), while a
     * thing id is made of letters, digits, '-' and '_'.
     */
    public static String thingId(String deviceId) {
        String cleaned = deviceId.replaceAll("[^A-Za-z0-9_-]", "-");
        if (cleaned.length() <= 48 && cleaned.equals(deviceId)) {
            return cleaned;
        }
        // the start of the cleaned id and a hash of the whole id
        String hash;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deviceId.getBytes(StandardCharsets.UTF_8));
            hash = HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            hash = Integer.toHexString(deviceId.hashCode());
        }
        return cleaned.substring(0, Math.min(24, cleaned.length())) + "-" + hash;
    }
}
