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
 * The configuration of a {@code reporter} thing.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ReporterConfiguration {
    /** The user the reports and watched marks are for; empty: the bridge's user. */
    public String userId = "";
    /** The device name shown in the server's dashboard; empty: "openHAB" and the thing id. */
    public String deviceName = "";
    /** The device id; empty: derived from the thing UID (stable). */
    public String deviceId = "";
    /** Seconds between keep-alive progress reports and pings while an item is loaded. */
    public int progressInterval = 10;
    /** auto, session or item: see {@link org.openhab.binding.jellyfin.internal.reporter.PlaybackReporter}. */
    public String reportMode = "auto";
}
