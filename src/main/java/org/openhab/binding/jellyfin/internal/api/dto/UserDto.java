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
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The user part of a login answer: the user id and whether the user is an administrator (from its Policy).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class UserDto {
    private @Nullable String id;
    private @Nullable JsonObject policy;

    public String getId() {
        String v = id;
        return v != null ? v : "";
    }

    public boolean isAdministrator() {
        JsonObject p = policy;
        JsonElement admin = p != null ? p.get("IsAdministrator") : null;
        return admin != null && admin.isJsonPrimitive() && admin.getAsBoolean();
    }
}
