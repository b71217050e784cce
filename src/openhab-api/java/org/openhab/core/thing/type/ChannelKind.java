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
package org.openhab.core.thing.type;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in: STATE channels carry states, TRIGGER channels emit events.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum ChannelKind {
    STATE,
    TRIGGER;

    public static ChannelKind parse(@org.eclipse.jdt.annotation.Nullable String input) {
        if (input == null) {
            return STATE;
        }
        for (ChannelKind kind : values()) {
            if (kind.name().equalsIgnoreCase(input)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown channel kind: '" + input + "'");
    }
}
