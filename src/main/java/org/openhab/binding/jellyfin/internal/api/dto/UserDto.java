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
package org.openhab.binding.jellyfin.internal.api.dto;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The user part of a login answer.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class UserDto {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String serverId;
    private @Nullable Policy policy;

    /**
     * The user's rights (only what the binding needs).
     */
    public static class Policy {
        private @Nullable Boolean isAdministrator;

        public boolean isAdministrator() {
            Boolean v = isAdministrator;
            return v != null && v;
        }
    }

    public String getId() {
        String v = id;
        return v != null ? v : "";
    }

    public String getName() {
        String v = name;
        return v != null ? v : "";
    }

    public @Nullable String getServerId() {
        return serverId;
    }

    public boolean isAdministrator() {
        Policy p = policy;
        return p != null && p.isAdministrator();
    }
}
