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
package org.openhab.core.library.types;

import java.util.Arrays;
import java.util.Base64;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in: binary data with a MIME type, e.g. an image.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class RawType implements PrimitiveType, State {

    public static final String DEFAULT_MIME_TYPE = "application/octet-stream";

    protected byte[] bytes;
    protected String mimeType;

    public RawType(byte[] bytes, String mimeType) {
        if (mimeType.isEmpty()) {
            throw new IllegalArgumentException("mimeType argument must not be blank");
        }
        this.bytes = bytes.clone();
        this.mimeType = mimeType;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }

    public String getMimeType() {
        return mimeType;
    }

    /**
     * Parses a data URI "data:mime/type;base64,...".
     *
     * @param value the data URI
     * @return the raw value
     */
    public static RawType valueOf(String value) {
        int comma = value.indexOf(',');
        if (!value.startsWith("data:") || comma < 0) {
            throw new IllegalArgumentException("Invalid data URI syntax for argument " + value);
        }
        String header = value.substring(5, comma);
        String mime = header.endsWith(";base64") ? header.substring(0, header.length() - 7) : header;
        return new RawType(Base64.getDecoder().decode(value.substring(comma + 1)), mime);
    }

    @Override
    public String toString() {
        return String.format("raw type (%s): %d bytes", mimeType, bytes.length);
    }

    @Override
    public String toFullString() {
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String format(String pattern) {
        return toFullString();
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + mimeType.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof RawType other && mimeType.equals(other.mimeType) && Arrays.equals(bytes, other.bytes);
    }
}
