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

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The server lines the simulator speaks. Each carries its default version, the file name of its
 * official spec in {@code shared/openapi} and the base path of its REST API.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Dialect {
    JELLYFIN_10_8("jellyfin-10.8", "10.8.13", "jellyfin-openapi-10.8.13.json"),
    JELLYFIN_10_9("jellyfin-10.9", "10.9.11", "jellyfin-openapi-10.9.11.json"),
    JELLYFIN_10_10("jellyfin-10.10", "10.10.7", "jellyfin-openapi-10.10.7.json"),
    JELLYFIN_10_11("jellyfin-10.11", "10.11.11", "jellyfin-openapi-10.11.11.json"),
    JELLYFIN_12_0("jellyfin-12.0", "12.0.0", "jellyfin-openapi-12.0.0.json"),
    EMBY_4_8("emby-4.8", "4.8.11.0", "emby-4.8.11.0-openapi_v3.json"),
    EMBY_4_9("emby-4.9", "4.9.0.41", "emby-4.9.0.41-beta-openapi_v3.json");

    private final String id;
    private final String defaultVersion;
    private final String specFile;

    Dialect(String id, String defaultVersion, String specFile) {
        this.id = id;
        this.defaultVersion = defaultVersion;
        this.specFile = specFile;
    }

    /** @return the dialect id, e.g. {@code jellyfin-10.10} or {@code emby-4.9} */
    public String id() {
        return id;
    }

    public String defaultVersion() {
        return defaultVersion;
    }

    public String specFile() {
        return specFile;
    }

    public boolean isEmby() {
        return this == EMBY_4_8 || this == EMBY_4_9;
    }

    /** @return the REST base path: {@code /emby} for Emby, empty for Jellyfin */
    public String basePath() {
        return isEmby() ? "/emby" : "";
    }

    /** @return true when the path lies under {@link #basePath()} */
    public boolean underBase(String path) {
        String base = basePath();
        return base.isEmpty() || path.equalsIgnoreCase(base)
                || path.regionMatches(true, 0, base + "/", 0, base.length() + 1);
    }

    /** @return the path below {@link #basePath()}, or the path itself when it is not under it */
    public String apiPath(String path) {
        return underBase(path) ? path.substring(basePath().length()) : path;
    }

    /** Jellyfin 10.8 keeps the user id in the playstate paths; 10.9+ moved to /UserPlayedItems, /PlayingItems. */
    public boolean userIdInPlaystatePaths() {
        return this == JELLYFIN_10_8 || isEmby();
    }

    /** 12.0 removed the by-item {@code /PlayingItems} routes. */
    public boolean hasPlayingItemsRoutes() {
        return this != JELLYFIN_12_0;
    }

    public static Dialect byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Dialect dialect : values()) {
            if (dialect.id.equals(wanted)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("unknown dialect " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
