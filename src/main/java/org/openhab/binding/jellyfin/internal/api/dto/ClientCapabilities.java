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

/**
 * Body of {@code POST /Sessions/Capabilities/Full}: what the binding's own session can play and be told.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ClientCapabilities {
    private final List<String> playableMediaTypes;
    private final List<String> supportedCommands;
    private final boolean supportsMediaControl;

    public ClientCapabilities(List<String> playableMediaTypes, List<String> supportedCommands,
            boolean supportsMediaControl) {
        this.playableMediaTypes = List.copyOf(playableMediaTypes);
        this.supportedCommands = List.copyOf(supportedCommands);
        this.supportsMediaControl = supportsMediaControl;
    }
}
