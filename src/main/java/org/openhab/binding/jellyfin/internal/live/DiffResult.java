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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The changes between two snapshots: one entry per session that changed, appeared or disappeared.
 * Unchanged sessions are not listed, so an identical snapshot gives an empty result.
 *
 * @param previous the older snapshot
 * @param current the newer snapshot
 * @param changes the changed sessions: current ones in server order, then the disappeared ones
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record DiffResult(SessionSnapshot previous, SessionSnapshot current, List<SessionChange> changes) {

    public DiffResult {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** @return the change of this session, or null when it did not change */
    public @Nullable SessionChange forSession(String sessionId) {
        for (SessionChange change : changes) {
            if (change.sessionId().equals(sessionId)) {
                return change;
            }
        }
        return null;
    }
}
