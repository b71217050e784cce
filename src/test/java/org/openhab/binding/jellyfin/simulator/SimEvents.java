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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What the state tells the WebSocket side.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
interface SimEvents {
    /**
     * @param immediate true for session start/end, playback start/stop, capability changes and
     *            user-initiated progress; false for periodic progress (throttled per subscription)
     */
    void sessionsChanged(boolean immediate);

    void userDataChanged(String userId, JsonObject userItemData);

    /** A remote-control message for a session that belongs to a real (socket) client. */
    void toSession(String sessionId, String messageType, JsonElement data);
}
