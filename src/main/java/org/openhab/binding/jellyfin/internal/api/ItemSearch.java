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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A library search for play-by-terms: search terms, item types (e.g. "Audio", "Movie", "Episode";
 * empty = all) and the maximum number of results.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ItemSearch(String terms, List<String> itemTypes, int limit) {

    public ItemSearch {
        itemTypes = List.copyOf(itemTypes);
        limit = Math.max(1, Math.min(limit, 500));
    }
}
