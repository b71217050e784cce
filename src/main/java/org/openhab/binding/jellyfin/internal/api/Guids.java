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

import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * GUIDs as the servers write them (32 hex digits) and as their specs describe them (dashed 8-4-4-4-12).
 * Both forms are accepted on input; ids that are not GUIDs (Emby's numeric item ids) pass unchanged.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Guids {

    private static final Pattern PLAIN = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern DASHED = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The empty GUID in normalised form: Jellyfin's "none". */
    public static final String EMPTY = "00000000000000000000000000000000";

    private Guids() {
    }

    public static boolean isGuid(@Nullable String value) {
        return value != null && (PLAIN.matcher(value).matches() || DASHED.matcher(value).matches());
    }

    /**
     * Runs on every id of every pushed session, so it avoids regular expressions and allocates only when the
     * value is dashed or upper-case.
     *
     * @return 32 lower-case hex digits when the value is a GUID in either form, else the value unchanged
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

    /**
     * @return the dashed lower-case form when the value is a GUID in either form, else the value unchanged
     */
    public static String dashed(String value) {
        if (!isGuid(value)) {
            return value;
        }
        String n = normalize(value);
        return n.substring(0, 8) + "-" + n.substring(8, 12) + "-" + n.substring(12, 16) + "-" + n.substring(16, 20)
                + "-" + n.substring(20);
    }

    /**
     * @return the normalised id, or "" for the empty GUID (all zeros), which Jellyfin writes for "no user"
     */
    public static String normalizeUser(String value) {
        String n = normalize(value);
        return EMPTY.equals(n) ? "" : n;
    }

    /**
     * @return true when both are the same id, whatever GUID form each uses
     */
    public static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && b != null && normalize(a).equalsIgnoreCase(normalize(b));
    }
}
