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
package org.openhab.binding.jellyfin.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.probe.ProbeOptions.UsageException;

/**
 * A server address as the user types it ({@code http://host:8096}, {@code https://media.example/jellyfin}), turned
 * into the bridge's connection parameters.
 *
 * @param hostname the host name or address (IPv6 without brackets)
 * @param port the port; the scheme's default when the address has none
 * @param ssl whether HTTPS is used
 * @param path the base path behind a reverse proxy, without a trailing slash; empty for none
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
record ServerAddress(String hostname, int port, boolean ssl, String path) {

    static ServerAddress parse(String text) throws UsageException {
        String trimmed = text.trim();
        String withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw new UsageException("not a server address: " + text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new UsageException("the server address must start with http:// or https://: " + text);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new UsageException("the server address has no host name: " + text);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new UsageException("the server address cannot have a query, fragment or user part: " + text);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean ssl = "https".equals(scheme);
        int port = uri.getPort() < 0 ? (ssl ? 443 : 80) : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new ServerAddress(host, port, ssl, path);
    }

    /** The address as a URL, e.g. {@code https://media.example:443/jellyfin}. */
    String url() {
        String host = hostname.contains(":") ? "[" + hostname + "]" : hostname;
        return (ssl ? "https" : "http") + "://" + host + ":" + port + path;
    }

    /** The bridge configuration parameters of the address. */
    Map<String, Object> toConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("hostname", hostname);
        config.put("port", port);
        config.put("ssl", ssl);
        config.put("path", path);
        return config;
    }
}
