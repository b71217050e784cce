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
 * Why a message or a session list could not be parsed. The detail names the JSON path and the
 * problem; it never contains values from the message, so it is safe to log.
 *
 * @param kind the class of problem
 * @param detail a short human-readable description with the JSON path
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record ParseFailure(Kind kind, String detail) {

    /** Classes of parse problems. */
    public enum Kind {
        /** Not JSON, truncated JSON or trailing garbage. */
        MALFORMED,
        /** Valid JSON, but a value has another JSON type than the protocol defines. */
        WRONG_TYPE,
        /** A field the message cannot do without is absent (e.g. {@code MessageType}). */
        MISSING_FIELD,
        /** Arrays and objects nested deeper than {@link ParserLimits#maxNestingDepth()}. */
        TOO_DEEP,
        /** The message, or a list in it, is larger than the limits allow. */
        TOO_LARGE,
        /** A string the parser would keep is longer than {@link ParserLimits#maxStringChars()}. */
        STRING_TOO_LONG
    }
}
