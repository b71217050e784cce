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
package org.openhab.binding.jellyfin.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Configuration of a {@code client} thing.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ClientConfiguration {
    /** The device id of the session the thing follows. */
    public String deviceId = "";
    public static final int DEFAULT_IMAGE_MAX_WIDTH = 600;

    /** How often the position is shown while playing, in seconds (at least 1). */
    public int positionInterval = 1;
    /** The width, in pixels, the server scales the playing item's image down to. */
    public int imageMaxWidth = DEFAULT_IMAGE_MAX_WIDTH;
}
