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
package org.openhab.binding.jellyfin.internal.outbox;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What a pending write does on the server.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum WriteKind {
    /** Mark an item played for a user. */
    MARK_PLAYED,
    /** Mark an item unplayed for a user. */
    MARK_UNPLAYED,
    /** Report that playback stopped, with the final position (the server keeps it as the resume point). */
    PLAYBACK_STOPPED
}
