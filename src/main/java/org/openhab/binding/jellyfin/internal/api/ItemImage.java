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

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An image as the server sent it.
 *
 * @param bytes the image data
 * @param mimeType its media type, e.g. {@code image/jpeg}
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ItemImage(byte[] bytes, String mimeType) {

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ItemImage image && mimeType.equals(image.mimeType) && Arrays.equals(bytes, image.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + mimeType.hashCode();
    }

    @Override
    public String toString() {
        return mimeType + " image of " + bytes.length + " bytes";
    }
}
