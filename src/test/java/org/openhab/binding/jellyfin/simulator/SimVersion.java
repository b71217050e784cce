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

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A dotted server version ({@code 10.10.6}, {@code 4.9.0.41}) that compares numerically.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimVersion implements Comparable<SimVersion> {
    private final String text;
    private final int[] parts;

    private SimVersion(String text) {
        this.text = text;
        this.parts = Arrays.stream(text.split("[.-]")).map(p -> p.replaceAll("\\D", ""))
                .filter(p -> !p.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }

    public static SimVersion of(String text) {
        return new SimVersion(text);
    }

    public boolean atLeast(String other) {
        return compareTo(of(other)) >= 0;
    }

    public boolean below(String other) {
        return compareTo(of(other)) < 0;
    }

    @Override
    public int compareTo(SimVersion other) {
        for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
            int a = i < parts.length ? parts[i] : 0;
            int b = i < other.parts.length ? other.parts[i] : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SimVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return text;
    }
}
