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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How one session changed between two snapshots. A session that appeared has no {@code previous}, one
 * that disappeared no {@code current}; both report every fact.
 *
 * @param sessionId the session
 * @param previous its state in the older snapshot
 * @param current its state in the newer snapshot
 * @param facts the field groups that changed (unmodifiable)
 * @param events what happened, in {@link SessionEvent} order (unmodifiable)
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record SessionChange(String sessionId, @Nullable SessionState previous, @Nullable SessionState current,
        Set<SessionFact> facts, Set<SessionEvent> events) {

    public boolean has(SessionFact fact) {
        return facts.contains(fact);
    }

    public boolean has(SessionEvent event) {
        return events.contains(event);
    }
}
