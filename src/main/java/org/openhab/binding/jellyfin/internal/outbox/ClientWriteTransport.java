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
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.JellyfinClient;

/**
 * Sends the pending writes of a {@link WriteOutbox} with the bridge's client. The future fails with a
 * {@link org.openhab.binding.jellyfin.internal.api.JellyfinApiException} when the server did not accept a write.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ClientWriteTransport implements Function<PendingWrite, CompletableFuture<?>> {

    private final JellyfinClient client;
    private final @Nullable String defaultUserId;

    /**
     * @param client the bridge's client, with credentials
     * @param defaultUserId the user to write for when a write names none (empty or null: the credentials' user)
     */
    public ClientWriteTransport(JellyfinClient client, @Nullable String defaultUserId) {
        this.client = client;
        this.defaultUserId = defaultUserId == null || defaultUserId.isBlank() ? null : defaultUserId;
    }

    @Override
    public CompletableFuture<?> apply(PendingWrite write) {
        return write.send(client, defaultUserId);
    }
}
