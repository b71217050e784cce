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
 * {@code GET /System/Info/Public}: Jellyfin has ProductName "Jellyfin Server", Emby has none.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class SystemInfoPublic {
    private @Nullable String serverName;
    private @Nullable String version;
    private @Nullable String productName;
    private @Nullable String id;

    public String getServerName() {
        String v = serverName;
        return v != null ? v : "";
    }

    public @Nullable String getVersion() {
        return version;
    }

    public @Nullable String getProductName() {
        return productName;
    }

    public String getId() {
        String v = id;
        return v != null ? v : "";
    }
}
