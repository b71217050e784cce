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
package org.openhab.core.thing;

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: status, status detail and an optional description of a thing.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingStatusInfo {

    private final ThingStatus status;
    private final ThingStatusDetail statusDetail;
    private final @Nullable String description;

    public ThingStatusInfo(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        this.status = status;
        this.statusDetail = statusDetail;
        this.description = description;
    }

    public ThingStatus getStatus() {
        return status;
    }

    public ThingStatusDetail getStatusDetail() {
        return statusDetail;
    }

    public @Nullable String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        String text = status.toString();
        if (statusDetail != ThingStatusDetail.NONE) {
            text += " (" + statusDetail + ")";
        }
        String localDescription = description;
        if (localDescription != null && !localDescription.isEmpty()) {
            text += ": " + localDescription;
        }
        return text;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, statusDetail, description);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof ThingStatusInfo other && status == other.status && statusDetail == other.statusDetail
                && Objects.equals(description, other.description);
    }
}
