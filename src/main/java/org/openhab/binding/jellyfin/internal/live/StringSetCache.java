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

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Shares one immutable set among all sessions and pushes that carry the same string list (SupportedCommands,
 * PlayableMediaTypes: a few distinct lists per server, repeated in every push). The diff then compares those sets
 * by identity instead of element by element, and repeated pushes keep no copies. The JSON text of each cached list
 * is kept too, so a list that arrives again is recognised from its text without reading its entries.
 * <p>
 * Bounded: only small lists of short strings are kept, and at most a fixed number of them, so hostile input cannot
 * grow it. Thread-safe.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class StringSetCache {

    private static final int MAX_SETS = 128;
    private static final int MAX_ENTRIES = 128;
    private static final int MAX_STRING_LENGTH = 64;
    private static final int MAX_TEXT_LENGTH = 4096;

    private final Map<List<String>, Set<String>> sets = new ConcurrentHashMap<>();
    private volatile RawList[] rawLists = new RawList[0];

    /**
     * A cached list as it was written.
     *
     * @param text its JSON text, from the opening to the closing bracket
     * @param set its values
     */
    record RawList(String text, Set<String> set) {
    }

    /**
     * @param text a JSON document
     * @param start where an array begins in it
     * @return the cached list whose JSON text is found at start, or null
     */
    @Nullable
    RawList match(String text, int start) {
        for (RawList raw : rawLists) {
            if (text.regionMatches(start, raw.text(), 0, raw.text().length())) {
                return raw;
            }
        }
        return null;
    }

    /**
     * {@link #toSet(List)}, remembering the JSON text the values were read from (the characters [start, end) of
     * text) for {@link #match}.
     */
    Set<String> toSet(List<String> values, String text, int start, int end) {
        Set<String> set = toSet(values);
        if (end - start <= MAX_TEXT_LENGTH && cacheable(values) && sets.containsKey(values)) {
            remember(text.substring(start, end), set);
        }
        return set;
    }

    /**
     * @param values the strings in the server's order
     * @return an immutable set with the values in that order, shared with earlier equal lists
     */
    Set<String> toSet(List<String> values) {
        if (values.isEmpty()) {
            return Set.of();
        }
        Set<String> cached = sets.get(values);
        if (cached != null) {
            return cached;
        }
        Set<String> set = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        if (sets.size() < MAX_SETS && cacheable(values)) {
            Set<String> raced = sets.putIfAbsent(values, set);
            return raced != null ? raced : set;
        }
        return set;
    }

    private synchronized void remember(String text, Set<String> set) {
        RawList[] current = rawLists;
        if (current.length >= MAX_SETS) {
            return;
        }
        for (RawList raw : current) {
            if (raw.text().equals(text)) {
                return;
            }
        }
        RawList[] grown = Arrays.copyOf(current, current.length + 1);
        grown[current.length] = new RawList(text, set);
        rawLists = grown;
    }

    private static boolean cacheable(List<String> values) {
        if (values.size() > MAX_ENTRIES) {
            return false;
        }
        for (String value : values) {
            if (value.length() > MAX_STRING_LENGTH) {
                return false;
            }
        }
        return true;
    }
}
