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

/**
 * Filters for {@code GET /Sessions}; null means "no filter". Each dialect passes only what its server
 * applies (Jellyfin 10.8 applies activeWithinSeconds only with controllableByUserId; Emby has no
 * activeWithinSeconds).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record SessionQuery(@Nullable Integer activeWithinSeconds, @Nullable String controllableByUserId,
        @Nullable String deviceId) {

    public static final SessionQuery ALL = new SessionQuery(null, null, null);

    public static SessionQuery activeWithin(int seconds) {
        return new SessionQuery(seconds, null, null);
    }
}
