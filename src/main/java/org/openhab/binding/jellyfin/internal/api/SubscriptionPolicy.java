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

/**
 * Who may subscribe to the live session list ({@code SessionsStart}) on a server version. The server
 * refuses silently (the socket stays open and quiet), so the caller must know in advance.
 *
 * @param users any logged-in user (non-admins see their own sessions)
 * @param admins admin users
 * @param apiKeys API-key connections
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record SubscriptionPolicy(boolean users, boolean admins, boolean apiKeys) {

    public static final SubscriptionPolicy ANYONE = new SubscriptionPolicy(true, true, true);
    public static final SubscriptionPolicy ADMINS_ONLY = new SubscriptionPolicy(false, true, false);
    public static final SubscriptionPolicy ADMINS_OR_API_KEY = new SubscriptionPolicy(false, true, true);

    /**
     * @param apiKey whether the connection authenticates with an API key
     * @param admin whether the logged-in user is an administrator (ignored for API keys)
     */
    public boolean allows(boolean apiKey, boolean admin) {
        return apiKey ? apiKeys : admin ? admins : users;
    }
}
