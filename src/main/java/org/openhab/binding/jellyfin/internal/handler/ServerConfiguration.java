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

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Configuration of the {@code server} bridge, as the user enters it.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ServerConfiguration {
    public static final String PASSWORD = "password";

    public String hostname = "";
    public int port = 8096;
    public boolean ssl = false;
    public String path = "";
    public boolean verifyCertificate = true;
    public int refreshSeconds = 10;
    public String token = "";
    public String userName = "";
    public String password = "";
    public String userId = "";
    public boolean discoverClients = true;
    public String discoveryClientFilter = "";
    public int maxPendingWrites = 500;
    /** A watched mark the server refuses for the session's user (not an administrator) goes to the bridge's user. */
    public boolean fallbackToBridgeUser = false;

    /**
     * @return what is wrong with the configuration (the {@code @text/…} status description), or null when the bridge
     *         can try to connect
     */
    public @Nullable String problem() {
        if (hostname.isBlank()) {
            return "@text/offline.conf-error.no-hostname";
        }
        if (port < 1 || port > 65535) {
            return "@text/offline.conf-error.bad-port";
        }
        if (token.isBlank() && userName.isBlank()) {
            return "@text/offline.conf-error.no-credentials";
        }
        try {
            serverUri();
        } catch (IllegalArgumentException e) {
            return "@text/offline.conf-error.bad-address";
        }
        return null;
    }

    /**
     * The server's address with the configured base path (without the dialect's own base path). It holds only scheme,
     * host, port and path: user info, a query or a fragment (where a password or an api key could hide, to be
     * logged with the address) make it invalid.
     *
     * @throws IllegalArgumentException when the host name, port and base path do not form such an address
     */
    public URI serverUri() {
        String base = path.trim();
        if (!base.isEmpty() && !base.startsWith("/")) {
            base = "/" + base;
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String host = hostname.trim();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        URI uri = URI.create((ssl ? "https" : "http") + "://" + host + ":" + port + base);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("not a plain server address");
        }
        return uri;
    }
}
