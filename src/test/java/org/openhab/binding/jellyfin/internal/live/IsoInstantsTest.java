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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date-time forms written by Jellyfin and Emby, read by {@link IsoInstants#parse(String)}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class IsoInstantsTest {

    @ParameterizedTest
    @CsvSource({ "2024-10-15T13:36:46.6727027Z, 2024-10-15T13:36:46.6727027Z",
            "2024-10-15T13:36:46Z, 2024-10-15T13:36:46Z", "2024-10-15T13:36:46.5Z, 2024-10-15T13:36:46.500Z",
            "2024-10-15T13:36:46.123456789123Z, 2024-10-15T13:36:46.123456789Z",
            "2024-10-15T15:36:46.25+02:00, 2024-10-15T13:36:46.250Z",
            "2024-10-15T08:36:46-0500, 2024-10-15T13:36:46Z", "2024-10-15T13:36:46, 2024-10-15T13:36:46Z",
            "2024-10-15 13:36:46.1Z, 2024-10-15T13:36:46.100Z",
            "0001-01-01T00:00:00.0000000Z, 0001-01-01T00:00:00Z", "2024-02-29T23:59:59+00, 2024-02-29T23:59:59Z" })
    void whenTextIsAServerDateThenItIsReadAsThatInstant(String text, String expected) {
        assertEquals(Instant.parse(expected), IsoInstants.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "yesterday", "2024-10-15", "2024-13-15T13:36:46Z", "2023-02-29T10:00:00Z",
            "2024-10-15T25:00:00Z", "2024-10-15T13:36:46.Z", "2024-10-15T13:36:46ZZ", "2024-10-15T13:36:46+2",
            "2024-10-15T13:36:46+25:00", "2024-1x-15T13:36:46Z" })
    void whenTextIsNotADateThenNullIsReturned(String text) {
        assertNull(IsoInstants.parse(text));
    }
}
