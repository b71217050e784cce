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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Loads JSON fixtures from {@code src/test/resources/fixtures} by file name.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class Fixtures {

    private Fixtures() {
    }

    static String load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps one session object (as captured) into a JSON array, the shape of {@code GET /Sessions}. */
    static String asArray(String sessionObject) {
        return "[" + sessionObject + "]";
    }

    /** Wraps a JSON array of sessions into a WebSocket {@code Sessions} message. */
    static String asSessionsMessage(String sessionArray) {
        return "{\"MessageType\":\"Sessions\",\"MessageId\":\"b1f2a3c4d5e6f708192a3b4c5d6e7f80\",\"Data\":"
                + sessionArray + "}";
    }
}
