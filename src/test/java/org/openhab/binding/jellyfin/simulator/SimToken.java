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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An access token: a user's login on one device, or an API key (no user, admin rights).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimToken(String token, @Nullable String userId, String client, String deviceName, String deviceId,
        String appVersion) {

    public boolean isApiKey() {
        return userId == null;
    }
}
