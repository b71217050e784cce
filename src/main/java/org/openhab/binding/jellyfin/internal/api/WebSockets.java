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
package org.openhab.binding.jellyfin.internal.api;

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Turns a server's http(s) URI into the ws(s) URI of its live stream.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class WebSockets {

    private WebSockets() {
    }

    /**
     * @param serverUri e.g. {@code https://media.example:8920/jellyfin}
     * @param path the path below the server URI, e.g. {@code /socket}
     * @param encodedQuery an encoded query without '?', or ""
     */
    static URI uri(URI serverUri, String path, String encodedQuery) {
        String scheme = "https".equalsIgnoreCase(serverUri.getScheme()) ? "wss" : "ws";
        String base = serverUri.getRawPath() == null ? "" : serverUri.getRawPath();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String authority = serverUri.getRawAuthority();
        String query = encodedQuery.isEmpty() ? "" : "?" + encodedQuery;
        return URI.create(scheme + "://" + authority + base + path + query);
    }
}
