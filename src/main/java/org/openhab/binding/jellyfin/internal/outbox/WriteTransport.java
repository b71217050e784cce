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

import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Sends one pending write to the server. The future fails with a
 * {@link org.openhab.binding.jellyfin.internal.api.JellyfinApiException} when the server did not accept it.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface WriteTransport {
    CompletableFuture<?> send(PendingWrite write);
}
