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
package org.openhab.binding.jellyfin.internal.outbox;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What became of a write handed to the {@link WriteOutbox}, as far as its first attempt tells.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Delivery {
    /** The server accepted the write. */
    DELIVERED,
    /** The server could not be reached: the write is stored and is sent when the server is back. */
    PENDING,
    /** The server refused the write for good (e.g. unknown item), or the outbox was full: it is gone. */
    DROPPED
}
