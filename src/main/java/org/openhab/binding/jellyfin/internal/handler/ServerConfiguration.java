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
 * Configuration of the {@code server} bridge, as the user enters it.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ServerConfiguration {
    public static final String PASSWORD = "password";

    public String hostname = "";
    public int port = 8096;
    public boolean ssl = false;
    public String path = "";
    public boolean verifyCertificate = true;
    public int refreshSeconds = 10;
    public String token = "";
    public String userName = "";
    public String password = "";
    public String userId = "";
    public boolean discoverClients = true;
    public String discoveryClientFilter = "";
    public int maxPendingWrites = 500;
}
