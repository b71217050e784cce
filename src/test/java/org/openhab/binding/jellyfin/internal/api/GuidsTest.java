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
package org.openhab.binding.jellyfin.internal.api;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GUID normalisation by {@link Guids}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class GuidsTest {

    @ParameterizedTest
    @CsvSource({ "9f53d43e-e5f7-5161-881a-d91843d0d372, 9f53d43ee5f75161881ad91843d0d372",
            "9F53D43E-E5F7-5161-881A-D91843D0D372, 9f53d43ee5f75161881ad91843d0d372",
            "9F53D43EE5F75161881AD91843D0D372, 9f53d43ee5f75161881ad91843d0d372",
            "9f53d43ee5f75161881ad91843d0d372, 9f53d43ee5f75161881ad91843d0d372", "4785434, 4785434",
            "9g53d43ee5f75161881ad91843d0d372, 9g53d43ee5f75161881ad91843d0d372",
            "9f53d43e-e5f7-5161-881a-d91843d0d37x, 9f53d43e-e5f7-5161-881a-d91843d0d37x",
            "device-ABC, device-ABC" })
    void whenIdIsNormalisedThenGuidsBecomeCompactLowerCaseAndOthersStay(String id, String expected) {
        assertEquals(expected, Guids.normalize(id));
    }
}
