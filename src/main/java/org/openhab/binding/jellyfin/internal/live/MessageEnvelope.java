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
 * The outer fields of a WebSocket message, read in the first pass: {@code MessageType} and
 * {@code MessageId}, in whatever order the server wrote them.
 *
 * @param messageType the type as written on the wire
 * @param messageId the server's message id, if any
 * @param hasData whether the message has a non-null {@code Data} field
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record MessageEnvelope(String messageType, @Nullable String messageId, boolean hasData) {

    /** @return the known type, or null for a type the binding ignores */
    public @Nullable MessageType knownType() {
        return MessageType.fromWireName(messageType);
    }
}
