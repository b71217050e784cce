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
 * Transport commands for a remote session ({@code POST /Sessions/{id}/Playing/{command}}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum PlaystateCommand {
    STOP("Stop"),
    PAUSE("Pause"),
    UNPAUSE("Unpause"),
    PLAY_PAUSE("PlayPause"),
    NEXT_TRACK("NextTrack"),
    PREVIOUS_TRACK("PreviousTrack"),
    SEEK("Seek"),
    REWIND("Rewind"),
    FAST_FORWARD("FastForward");

    private final String wireName;

    PlaystateCommand(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
