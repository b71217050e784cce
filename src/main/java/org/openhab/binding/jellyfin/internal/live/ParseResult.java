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
 * The outcome of parsing a JSON document that is not a WebSocket message, e.g. the body of
 * {@code GET /Sessions}: either the value or a {@link ParseFailure}. Parsers return this instead of
 * throwing.
 *
 * @param <T> the parsed value's type
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface ParseResult<T> permits ParseResult.Success, ParseResult.Failure {

    /**
     * The document was parsed.
     *
     * @param value the parsed value
     */
    record Success<T>(T value) implements ParseResult<T> {
    }

    /**
     * The document was rejected.
     *
     * @param failure why
     */
    record Failure<T>(ParseFailure failure) implements ParseResult<T> {
    }
}
