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
package org.openhab.binding.jellyfin.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every route a dialect serves is in that version's spec, except the hidden ones listed with their
 * reason; the dialects differ where PROTOCOL.md says they do.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorRoutesTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whenARouteIsServedThenTheSpecListsItUnlessItIsHidden(Dialect dialect) throws Exception {
        Path dir = SpecValidator.specDirectory().orElse(null);
        Assumptions.assumeTrue(dir != null, "shared/openapi not available");
        JsonObject paths = JsonParser.parseString(Files.readString(dir.resolve(dialect.specFile())))
                .getAsJsonObject().getAsJsonObject("paths");
        Set<String> spec = new TreeSet<>();
        paths.entrySet().forEach(p -> p.getValue().getAsJsonObject().keySet()
                .forEach(method -> spec.add(key(method, p.getKey()))));

        List<String> missing = new ArrayList<>();
        try (JellyfinSimulator sim = JellyfinSimulator.builder(dialect).strict(false).start()) {
            for (String route : sim.routes()) {
                String[] parts = route.split(" ");
                if (!route.contains("(hidden:") && !spec.contains(key(parts[0], parts[1]))) {
                    missing.add(route);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static String key(String method, String template) {
        return method.toUpperCase(Locale.ROOT) + " " + template.replaceAll("\\{\\w+\\}", "{}").toLowerCase(Locale.ROOT);
    }

    @Test
    void whenComparingDialectsThenTheirPlaystateRoutesDifferAsDocumented() {
        assertTrue(routes(Dialect.JELLYFIN_10_8).contains("POST /Users/{userId}/PlayingItems/{itemId}"));
        assertFalse(routes(Dialect.JELLYFIN_10_8).contains("POST /UserPlayedItems/{itemId}"));
        assertTrue(routes(Dialect.JELLYFIN_10_9).contains("POST /PlayingItems/{itemId}"));
        assertTrue(routes(Dialect.JELLYFIN_12_0).contains("POST /UserPlayedItems/{itemId}"));
        assertFalse(routes(Dialect.JELLYFIN_12_0).contains("POST /PlayingItems/{itemId}"));
        assertTrue(routes(Dialect.EMBY_4_8).contains("POST /Users/{userId}/PlayedItems/{itemId}/Delete"));
        assertTrue(routes(Dialect.EMBY_4_9).contains("POST /Users/{userId}/PlayingItems/{itemId}/Delete"));
    }

    private static List<String> routes(Dialect dialect) {
        try (JellyfinSimulator sim = JellyfinSimulator.builder(dialect).strict(false).start()) {
            return sim.routes();
        }
    }
}
