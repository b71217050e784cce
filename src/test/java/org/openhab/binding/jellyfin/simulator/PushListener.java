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
package org.openhab.binding.jellyfin.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Told of every message the simulator is about to write to a socket, for latency measurements.
 * It runs on the sending thread, right before the frame is handed to the socket: keep it short.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface PushListener {

    /**
     * @param messageType the message's {@code MessageType}, e.g. {@code Sessions}
     * @param nanoTime {@link System#nanoTime()} taken right before the frame is sent
     */
    void sending(String messageType, long nanoTime);
}
