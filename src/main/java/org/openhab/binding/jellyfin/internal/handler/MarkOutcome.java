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
import org.eclipse.jdt.annotation.Nullable;

/**
 * What became of a watched mark a thing made, once the outbox sent it (at once, or later after an outage or a
 * restart): the thing that made it is told, so its status can say why a mark went elsewhere or nowhere.
 *
 * @param result what the server did
 * @param itemId the item
 * @param userId the user the mark was made for
 * @param reason why it was refused or sent for the bridge's user; empty when it was carried out as asked
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record MarkOutcome(Result result, String itemId, String userId, String reason) {

    /** What the server did with a mark. */
    public enum Result {
        /** Marked for the user it was made for. */
        MARKED,
        /** Refused for that user (not an administrator), then marked for the bridge's user as configured. */
        MARKED_FOR_BRIDGE_USER,
        /** Refused for that user because the bridge's user is not an administrator: nothing was marked. */
        REFUSED_FOR_OTHER_USER,
        /** Refused for another reason (unknown item, bad request): nothing was marked. */
        REFUSED
    }

    /**
     * @param who the user the mark was made for, as the status should name them
     * @return the thing's status description for this outcome (i18n text with its argument), or null when the mark
     *         was carried out as asked
     */
    @Nullable
    String statusNote(String who) {
        return switch (result) {
            case MARKED -> null;
            case MARKED_FOR_BRIDGE_USER -> ServerConnector.text("online.marked-for-bridge-user", who);
            case REFUSED_FOR_OTHER_USER -> ServerConnector.text("online.mark-refused-not-admin", who);
            case REFUSED -> ServerConnector.text("online.mark-refused", who);
        };
    }

    /** A thing that wants to hear what became of its watched marks. */
    public interface Listener {
        void markSettled(MarkOutcome outcome);
    }
}
