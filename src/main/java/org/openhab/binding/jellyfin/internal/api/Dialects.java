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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;

/**
 * Picks the dialect for a detected server. Unknown newer Jellyfin versions get the newest dialect;
 * Jellyfin before 10.8 is refused. A new version range is a few lines of data in {@link JellyfinDialect}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Dialects {

    public static final ServerVersion OLDEST_JELLYFIN = ServerVersion.of(10, 8, 0);

    private Dialects() {
    }

    /**
     * @throws JellyfinApiException UNSUPPORTED_SERVER for Jellyfin older than 10.8
     */
    public static ServerDialect forServer(ServerInfo server) throws JellyfinApiException {
        ServerVersion v = server.version();
        if (server.product() == ServerProduct.EMBY) {
            return new EmbyDialect(v);
        }
        if (v.compareTo(OLDEST_JELLYFIN) < 0) {
            throw new JellyfinApiException(Kind.UNSUPPORTED_SERVER, "Jellyfin " + v + " is too old: this binding needs "
                    + "Jellyfin " + OLDEST_JELLYFIN + " or newer. Please update the server.");
        }
        return new JellyfinDialect(v);
    }
}
