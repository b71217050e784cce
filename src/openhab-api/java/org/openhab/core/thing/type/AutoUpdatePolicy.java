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
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: whether openHAB updates an item's state on its own when a command is sent to the linked channel.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum AutoUpdatePolicy {
    VETO,
    DEFAULT,
    RECOMMEND;

    /**
     * @param input a policy name in any case, or null
     * @return the policy, or null for null input
     * @throws IllegalArgumentException for an unknown name
     */
    public static @Nullable AutoUpdatePolicy parse(@Nullable String input) {
        if (input == null) {
            return null;
        }
        for (AutoUpdatePolicy value : values()) {
            if (value.name().equalsIgnoreCase(input)) {
                return value;
            }
        }
        throw new IllegalArgumentException(String.format("Unknown auto update policy: '%s'", input));
    }
}
