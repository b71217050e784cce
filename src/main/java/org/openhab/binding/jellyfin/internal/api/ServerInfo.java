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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What {@code GET /System/Info/Public} says about a server.
 *
 * @param product Jellyfin or Emby
 * @param version the server version
 * @param id the server id (normalised to 32 hex digits when it is a GUID)
 * @param name the server name as configured by its admin
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ServerInfo(ServerProduct product, ServerVersion version, String id, String name) {
}
