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

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Shares one immutable set instance among all sessions and messages that carry the same string list
 * (SupportedCommands, PlayableMediaTypes: a few distinct lists per server, repeated in every push).
 * The diff then compares those sets by identity instead of element by element, and repeated pushes
 * keep no copies. Bounded: only small lists of short strings are kept, and at most a fixed number of
 * them, so hostile input cannot grow it. Thread-safe.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class StringSetCache {

    private static final int MAX_SETS = 128;
    private static final int MAX_ENTRIES = 128;
    private static final int MAX_STRING_LENGTH = 64;

    private final Map<List<String>, Set<String>> sets = new ConcurrentHashMap<>();

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
