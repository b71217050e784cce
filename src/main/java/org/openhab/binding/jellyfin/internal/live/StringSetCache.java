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
 * Shares one immutable set instance among all sessions and messages that carry the same string list
 * (SupportedCommands, PlayableMediaTypes: a few distinct lists per server, repeated in every push).
 * The diff then compares those sets by identity instead of element by element, and repeated pushes
 * keep no copies. Bounded: only small lists of short strings are kept, and at most a fixed number of
 * them, so hostile input cannot grow it. The JSON text of each cached list is kept too, so a list
 * that arrives again is recognised from its text without reading its entries. Thread-safe.
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
    /** The cached lists: the JSON text of each, from the opening to the closing bracket, and its set. */
    @SuppressWarnings("unchecked")
    private volatile Map.Entry<String, Set<String>>[] rawLists = new Map.Entry[0];

    /**
     * @param text a JSON document
     * @param start where an array begins in it
     * @return the cached list (its JSON text and its set) whose JSON text is found at start, or null
     */
    Map.@Nullable Entry<String, Set<String>> match(String text, int start) {
        for (Map.Entry<String, Set<String>> raw : rawLists) {
            String rawText = raw.getKey();
            if (text.regionMatches(start, rawText, 0, rawText.length())) {
                return raw;
            }
        }
        return null;
    }

    /**
     * {@link #toSet(List)}, remembering the JSON text the values were read from (the characters
     * [start, end) of text) for {@link #match}.
     */
    Set<String> toSet(List<String> values, String text, int start, int end) {
        Set<String> set = toSet(values);
        if (end - start <= MAX_TEXT_LENGTH && cacheable(values) && sets.containsKey(values)) {
            remember(text.substring(start, end), set);
        }
        return set;
    }

    private synchronized void remember(String text, Set<String> set) {
        Map.Entry<String, Set<String>>[] current = rawLists;
        if (current.length >= MAX_SETS) {
            return;
        }
        for (Map.Entry<String, Set<String>> raw : current) {
            if (raw.getKey().equals(text)) {
                return;
            }
        }
        Map.Entry<String, Set<String>>[] grown = Arrays.copyOf(current, current.length + 1);
        grown[current.length] = Map.entry(text, set);
        rawLists = grown;
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
