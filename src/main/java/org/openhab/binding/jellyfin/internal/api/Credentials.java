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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;

/**
 * What authenticates the binding's calls: an API key (no user of its own; user-scoped calls need a
 * configured user id) or the access token of a user who logged in. {@link #toString()} never shows the secret.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Credentials {

    private final String token;
    private final @Nullable String userId;
    private final boolean apiKey;

    private Credentials(String token, @Nullable String userId, boolean apiKey) {
        this.token = token;
        this.userId = userId == null || userId.isBlank() ? null : userId.trim();
        this.apiKey = apiKey;
    }

    /**
     * @param userId the user on whose behalf user-scoped calls are made, or null if none is configured
     */
    public static Credentials apiKey(String key, @Nullable String userId) {
        return new Credentials(key.trim(), userId, true);
    }

    public static Credentials userToken(String accessToken, String userId) {
        return new Credentials(accessToken.trim(), userId, false);
    }

    public String token() {
        return token;
    }

    public boolean isApiKey() {
        return apiKey;
    }

    public @Nullable String userId() {
        return userId;
    }

    /**
     * @param explicitUserId a user id given for this call, or null to use the configured one
     * @return the user id to use
     * @throws JellyfinApiException MISSING_USER_ID when there is none
     */
    public String requireUserId(@Nullable String explicitUserId) throws JellyfinApiException {
        if (explicitUserId != null && !explicitUserId.isBlank()) {
            return explicitUserId;
        }
        String configured = userId;
        if (configured == null) {
            throw new JellyfinApiException(Kind.MISSING_USER_ID,
                    "This action acts for a user: with an API key, configure the user id to act for");
        }
        return configured;
    }

    @Override
    public String toString() {
        return (apiKey ? "API key" : "user token") + (userId != null ? " for user " + userId : "");
    }
}
