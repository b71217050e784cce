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

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Why a message or a session list could not be parsed: input that breaks the protocol's shape or the
 * {@link ParserLimits}. The message names the JSON path and the problem; it never contains values from the
 * input, so it is safe to log.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class LiveParseException extends IOException {

    private static final long serialVersionUID = 1L;

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

    private final Kind kind;

    /**
     * @param kind the class of problem
     * @param detail a short human-readable description with the JSON path
     */
    public LiveParseException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    /**
     * Converts a runtime failure of the parsers (a number or state they did not expect) into a
     * {@link Kind#WRONG_TYPE}. Only the failure's class is named: its message may quote input.
     */
    static LiveParseException of(RuntimeException e) {
        return new LiveParseException(Kind.WRONG_TYPE, "unexpected value (" + e.getClass().getSimpleName() + ")");
    }

    public Kind kind() {
        return kind;
    }
}
