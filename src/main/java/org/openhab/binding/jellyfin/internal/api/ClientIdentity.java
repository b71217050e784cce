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
 * How the binding presents itself to the server. The device id must stay the same for a bridge:
 * logging in again with the same device id replaces that device's earlier token.
 *
 * @param client the client name, e.g. "openHAB"
 * @param deviceName the device name shown in the server's dashboard
 * @param deviceId a stable id per bridge
 * @param version the client version
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ClientIdentity(String client, String deviceName, String deviceId, String version) {

    public static final String DEFAULT_CLIENT = "openHAB";

    public ClientIdentity {
        client = client.isBlank() ? DEFAULT_CLIENT : client;
        deviceName = deviceName.isBlank() ? DEFAULT_CLIENT : deviceName;
        deviceId = deviceId.isBlank() ? "openhab" : deviceId;
        version = version.isBlank() ? "1.0" : version;
    }
}
