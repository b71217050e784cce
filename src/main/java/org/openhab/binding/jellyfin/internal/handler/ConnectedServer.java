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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;
import org.openhab.binding.jellyfin.internal.api.ServerInfo;

/**
 * A server the bridge is connected and authenticated to.
 *
 * @param client the client, with credentials
 * @param server what the server said of itself
 * @param userId the user whose data the bridge reads and writes; empty with an API key and no configured user
 * @param administrator whether the credentials have administrator rights (an API key has)
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ConnectedServer(JellyfinClient client, ServerInfo server, String userId, boolean administrator) {

    public boolean hasUser() {
        return !userId.isBlank();
    }
}
