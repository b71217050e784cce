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
 * Thrown inside the parsers when input breaks the protocol's shape or the {@link ParserLimits}; it
 * never leaves the parsers, which turn it into a {@link ParseFailure}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class LiveParseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final ParseFailure.Kind kind;

    LiveParseException(ParseFailure.Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    ParseFailure.Kind kind() {
        return kind;
    }
}
