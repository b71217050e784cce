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
 * Every version-dependent rule of the simulated server in one place (see shared/PROTOCOL.md). The
 * dialect decides the routes; the exact version decides auth, WebSocket and subscription rules, so a
 * test can tell 10.10.5 from 10.10.6.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimRules {
    private final Dialect dialect;
    private final SimVersion version;
    private final boolean legacyAuthorization;

    public SimRules(Dialect dialect, String version, @Nullable Boolean enableLegacyAuthorization) {
        this.dialect = dialect;
        this.version = SimVersion.of(version);
        boolean legacyDefault = dialect != Dialect.JELLYFIN_12_0;
        this.legacyAuthorization = enableLegacyAuthorization == null ? legacyDefault : enableLegacyAuthorization;
    }

    public Dialect dialect() {
        return dialect;
    }

    public SimVersion version() {
        return version;
    }

    public boolean isEmby() {
        return dialect.isEmby();
    }

    /**
     * Legacy Jellyfin auth forms (X-Emby-Token, X-MediaBrowser-Token, X-Emby-Authorization, the Emby
     * scheme, ?api_key=): always on 10.8–10.10, on 10.11+ only while EnableLegacyAuthorization.
     */
    public boolean legacyAuthAccepted() {
        if (version.below("10.11")) {
            return true;
        }
        return legacyAuthorization;
    }

    /** The HTTP status of a WebSocket upgrade without a valid token. */
    public int socketRefusalStatus() {
        if (isEmby()) {
            return 401;
        }
        return version.below("10.11") ? 403 : 401;
    }

    /** API-key sockets get a server-side session (and so ForceKeepAlive) only from 10.11 on. */
    public boolean apiKeySocketHasSession() {
        return isEmby() || version.atLeast("10.11");
    }

    /**
     * SessionsStart permission: 10.8 anyone; 10.9.0–10.10.5 admin users only; 10.10.6+ admin or API
     * key; 10.11+ any user. Emby: any authenticated caller.
     */
    public boolean maySubscribeToSessions(boolean apiKey, boolean admin) {
        if (isEmby() || version.below("10.9") || version.atLeast("10.11")) {
            return true;
        }
        if (version.below("10.10.6")) {
            return admin && !apiKey;
        }
        return admin || apiKey;
    }

    /**
     * Whether acting on another user's data (watched marks, user data, items) needs administrator rights. Jellyfin
     * 10.8 checks nothing (any user may mark items for any other); 10.9 on refuses it with 403 unless the caller is
     * an administrator (RequestHelpers.GetUserId); Emby is simulated like 10.9 on.
     */
    public boolean otherUsersNeedAdmin() {
        return isEmby() || !version.below("10.9");
    }

    /**
     * Whether a non-administrator sees other users' sessions in {@code GET /Sessions} and the {@code Sessions}
     * push: Jellyfin 10.8 filters nothing; later versions show non-administrators only the sessions they belong to
     * (as the session's user or one of its AdditionalUsers).
     */
    public boolean showsAllSessionsToEveryone() {
        return !isEmby() && version.below("10.9");
    }

    /** Jellyfin accepts {@code activeWithinSeconds}; 10.8 only together with controllableByUserId. */
    public boolean activeWithinNeedsControllable() {
        return version.below("10.9");
    }

    /** Jellyfin 10.9+ writes PlayState.PlaybackOrder; Emby writes PlayState.Shuffle. */
    public boolean writesPlaybackOrder() {
        return !isEmby() && version.atLeast("10.9");
    }
}
