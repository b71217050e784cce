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
package org.openhab.binding.jellyfin.internal.live;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Normalises GUIDs to the form Jellyfin writes: 32 lower-case hex digits without dashes. The servers
 * accept both forms; comparing normalised values makes {@code 9F53D43E-E5F7-...} and
 * {@code 9f53d43ee5f7...} the same id. Values that are not GUIDs (Emby's numeric item ids, device
 * ids) are returned unchanged.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Guids {

    private Guids() {
    }

    /**
     * @param value an id as the server or the user wrote it
     * @return the 32-hex lower-case form when the value is a GUID (dashed or not), else the value itself
     */
    public static String normalize(String value) {
        int length = value.length();
        if (length == 32) {
            boolean lower = true;
            for (int i = 0; i < 32; i++) {
                char c = value.charAt(i);
                if (!isHex(c)) {
                    return value;
                }
                lower &= c <= '9' || c >= 'a';
            }
            return lower ? value : value.toLowerCase(Locale.ROOT);
        }
        if (length == 36 && value.charAt(8) == '-' && value.charAt(13) == '-' && value.charAt(18) == '-'
                && value.charAt(23) == '-') {
            StringBuilder compact = new StringBuilder(32);
            for (int i = 0; i < 36; i++) {
                char c = value.charAt(i);
                if (i == 8 || i == 13 || i == 18 || i == 23) {
                    continue;
                }
                if (!isHex(c)) {
                    return value;
                }
                compact.append(Character.toLowerCase(c));
            }
            return compact.toString();
        }
        return value;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
