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
package org.openhab.binding.jellyfin.internal.live;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The WebSocket message types the binding understands, by their wire name. Every other type is
 * ignored by {@link MessageParser}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum MessageType {
    SESSIONS("Sessions"),
    USER_DATA_CHANGED("UserDataChanged"),
    SERVER_RESTARTING("ServerRestarting"),
    SERVER_SHUTTING_DOWN("ServerShuttingDown"),
    FORCE_KEEP_ALIVE("ForceKeepAlive"),
    KEEP_ALIVE("KeepAlive");

    private final String wireName;

    MessageType(String wireName) {
        this.wireName = wireName;
    }

    /** @return the {@code MessageType} value on the wire */
    public String wireName() {
        return wireName;
    }

    /** @return the known type with this wire name (exact case), or null */
    public static @Nullable MessageType fromWireName(String wireName) {
        return switch (wireName) {
            case "Sessions" -> SESSIONS;
            case "UserDataChanged" -> USER_DATA_CHANGED;
            case "ServerRestarting" -> SERVER_RESTARTING;
            case "ServerShuttingDown" -> SERVER_SHUTTING_DOWN;
            case "ForceKeepAlive" -> FORCE_KEEP_ALIVE;
            case "KeepAlive" -> KEEP_ALIVE;
            default -> null;
        };
    }
}
