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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where and how to open the live WebSocket: the ws/wss URI and the headers for the upgrade request.
 * Both may hold a secret (Emby puts the token in the query): {@link #toString()} shows neither.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record WebSocketTarget(URI uri, Map<String, String> headers) {

    public WebSocketTarget {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * @return the URI without its query, for log lines
     */
    public String redactedUri() {
        String s = uri.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q) + "?***";
    }

    @Override
    public String toString() {
        return redactedUri();
    }
}
