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

/**
 * Every operation the client can perform; a dialect says which its server has.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum ApiOperation {
    SYSTEM_INFO_PUBLIC,
    AUTHENTICATE_BY_NAME,
    MARK_PLAYED,
    MARK_UNPLAYED,
    ON_PLAYBACK_START,
    ON_PLAYBACK_PROGRESS,
    ON_PLAYBACK_STOPPED,
    PING_SESSION,
    REPORT_PLAYBACK_START,
    REPORT_PLAYBACK_PROGRESS,
    REPORT_PLAYBACK_STOPPED,
    GET_SESSIONS,
    PLAYSTATE_COMMAND,
    PLAY_ITEMS,
    GENERAL_COMMAND,
    SEND_MESSAGE,
    POST_CAPABILITIES,
    GET_ITEM,
    SEARCH_ITEMS,
    GET_USER_DATA
}
