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
package org.openhab.binding.jellyfin.internal.api.dto;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A page of items ({@code GET /Items}, {@code GET /Users/{id}/Items}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ItemsResult {
    private @Nullable List<BaseItem> items;

    public List<BaseItem> getItems() {
        List<BaseItem> v = items;
        return v != null ? v : List.of();
    }
}
