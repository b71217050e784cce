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

/**
 * Something that happened to a session between two snapshots, for trigger channels. Declared in
 * the order events are reported when several happen at once.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum SessionEvent {
    /** The session is new in this snapshot. */
    SESSION_APPEARED,
    /** An item was loaded in a session that had none. */
    PLAYBACK_STARTED,
    /** Another item replaced the loaded one without stopping. */
    ITEM_CHANGED,
    /** Playback paused. */
    PAUSED,
    /** Playback resumed. */
    RESUMED,
    /** The position jumped further than elapsed time explains. */
    SEEKED,
    /** The loaded item's user data now says played. */
    WATCHED,
    /** The loaded item is gone (or the session with it). */
    PLAYBACK_STOPPED,
    /** The session is gone from this snapshot. */
    SESSION_DISAPPEARED
}
