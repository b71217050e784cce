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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Bounds applied while parsing server messages, so that a broken or hostile peer cannot make the
 * parser hold huge strings or walk unbounded nesting. The defaults are far above what a real
 * server sends (a {@code Sessions} message with 100 sessions is about 1 MB, nested about 8 levels).
 *
 * @param maxMessageChars longest message accepted, in characters
 * @param maxStringChars longest string value the parser keeps (skipped values are not bounded by this)
 * @param maxNestingDepth deepest nesting of arrays and objects accepted
 * @param maxListEntries most entries kept from one list (sessions, commands, artists...)
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ParserLimits(int maxMessageChars, int maxStringChars, int maxNestingDepth, int maxListEntries) {

    /** 16 Mi characters, 8 Ki characters per kept string, 64 levels, 4,096 entries per list. */
    public static final ParserLimits DEFAULT = new ParserLimits(16 * 1024 * 1024, 8 * 1024, 64, 4096);

    public ParserLimits {
        if (maxMessageChars <= 0 || maxStringChars <= 0 || maxNestingDepth <= 0 || maxListEntries <= 0) {
            throw new IllegalArgumentException("parser limits must be positive");
        }
    }
}
