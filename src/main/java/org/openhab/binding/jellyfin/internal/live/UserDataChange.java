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

/**
 * The data of a {@code UserDataChanged} push, and the {@link LiveMessage} the parser makes of it: the user
 * whose data changed and the changed items.
 *
 * @param userId the user (normalised GUID); empty when absent
 * @param items the changed items, in the server's order
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record UserDataChange(String userId, List<UserItemData> items) implements LiveMessage {

    public UserDataChange {
        items = List.copyOf(items);
    }
}
