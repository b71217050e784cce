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
package org.openhab.binding.jellyfin.probe;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Status descriptions are shown as openHAB shows them: translated with their arguments, or as key and arguments.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class TextsTest {

    @Test
    void whenTheKeyHasATextThenTheArgumentsAreSubstituted() {
        Properties properties = new Properties();
        properties.setProperty("offline.comm-error.unreachable", "Cannot reach the server: {0}");
        Texts texts = Texts.of(properties);

        assertEquals("Cannot reach the server: refused \"here\"",
                texts.resolve("@text/offline.comm-error.unreachable [\"refused \\\"here\\\"\"]"));
    }

    @Test
    void whenTheKeyHasNoTextThenKeyAndArgumentsAreShown() {
        Texts texts = Texts.of(new Properties());

        assertEquals("offline.gone", texts.resolve("@text/offline.gone"));
        assertEquals("offline.comm-error.timeout [slow, 5 s]",
                texts.resolve("@text/offline.comm-error.timeout [\"slow\", \"5 s\"]"));
    }

    @Test
    void whenTheDescriptionIsPlainOrAbsentThenItIsShownAsItIs() {
        Texts texts = Texts.of(new Properties());

        assertEquals("polling", texts.resolve("polling"));
        assertNull(texts.resolve(null));
        assertEquals(List.of("a", "b"), Texts.arguments("[\"a\", \"b\"]"));
    }
}
