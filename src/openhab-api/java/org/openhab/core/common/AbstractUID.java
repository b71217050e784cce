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
package org.openhab.core.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: a unique id made of colon-separated segments, each matching {@code [\w-]*}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractUID {

    public static final String SEPARATOR = ":";
    private static final Pattern SEGMENT_PATTERN = Pattern.compile("[\\w-]*");

    private final List<String> segments;
    private @Nullable String asString;

    protected AbstractUID() {
        this.segments = List.of();
    }

    protected AbstractUID(String uid) {
        this(splitToSegments(uid));
    }

    protected AbstractUID(String... segments) {
        this(Arrays.asList(segments));
    }

    protected AbstractUID(List<String> segments) {
        int minimal = getMinimalNumberOfSegments();
        if (segments.size() < minimal) {
            throw new IllegalArgumentException(String.format(
                    "UID must have at least %d segments: %s", minimal, String.join(SEPARATOR, segments)));
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            validateSegment(segment, i, segments.size());
        }
        this.segments = List.copyOf(new ArrayList<>(segments));
    }

    private static List<String> splitToSegments(String id) {
        return Arrays.asList(id.split(SEPARATOR, -1));
    }

    /**
     * @return how many segments this kind of UID has at least
     */
    protected abstract int getMinimalNumberOfSegments();

    protected List<String> getAllSegments() {
        return segments;
    }

    protected String getSegment(int segment) {
        return segments.get(segment);
    }

    protected void validateSegment(String segment, int index, int length) {
        if (!SEGMENT_PATTERN.matcher(segment).matches()) {
            throw new IllegalArgumentException(String.format(
                    "ID segment '%s' contains invalid characters. Each segment of the ID must match the pattern %s.",
                    segment, SEGMENT_PATTERN.pattern()));
        }
    }

    public String getAsString() {
        String local = asString;
        if (local == null) {
            local = String.join(SEPARATOR, segments);
            asString = local;
        }
        return local;
    }

    @Override
    public String toString() {
        return getAsString();
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj != null && getClass() == obj.getClass() && segments.equals(((AbstractUID) obj).segments);
    }
}
