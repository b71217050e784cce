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
 * A server version such as {@code 10.10.7} or {@code 4.8.11.0}; missing parts count as 0 and a
 * suffix after a '-' (e.g. {@code -beta}) is ignored.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ServerVersion(int major, int minor, int patch, int build) implements Comparable<ServerVersion> {

    public static ServerVersion of(int major, int minor, int patch) {
        return new ServerVersion(major, minor, patch, 0);
    }

    /**
     * @return the parsed version, or null when the text does not start with a number
     */
    public static @Nullable ServerVersion parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String core = text.trim();
        int dash = core.indexOf('-');
        if (dash >= 0) {
            core = core.substring(0, dash);
        }
        int[] parts = new int[4];
        String[] split = core.split("\\.");
        if (split.length == 0 || split.length > 4) {
            return null;
        }
        try {
            for (int i = 0; i < split.length; i++) {
                parts[i] = Integer.parseInt(split[i]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return parts[0] < 0 ? null : new ServerVersion(parts[0], parts[1], parts[2], parts[3]);
    }

    public boolean isAtLeast(int major, int minor, int patch) {
        return compareTo(of(major, minor, patch)) >= 0;
    }

    @Override
    public int compareTo(ServerVersion o) {
        return Arrays.compare(new int[] { major, minor, patch, build },
                new int[] { o.major, o.minor, o.patch, o.build });
    }

    @Override
    public String toString() {
        return build == 0 ? major + "." + minor + "." + patch : major + "." + minor + "." + patch + "." + build;
    }
}
