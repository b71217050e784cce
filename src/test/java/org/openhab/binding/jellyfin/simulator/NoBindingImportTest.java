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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The simulator is the binding's independent peer: its sources never import binding code or
 * openHAB core types.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class NoBindingImportTest {
    private static final Path SOURCES = Path.of("src/test/java/org/openhab/binding/jellyfin/simulator");
    private static final Pattern FORBIDDEN = Pattern
            .compile("^\\s*import\\s+(static\\s+)?(org\\.openhab\\.binding\\.jellyfin\\.internal|org\\.openhab\\.core)\\b.*",
                    Pattern.MULTILINE);

    @Test
    void whenScanningTheSimulatorSourcesThenNoneImportsBindingOrCoreCode() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the project root: " + SOURCES.toAbsolutePath());
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scanned++;
                String text = Files.readString(file);
                FORBIDDEN.matcher(text).results().forEach(m -> offenders.add(file.getFileName() + ": " + m.group()));
                boolean self = file.getFileName().toString().equals("NoBindingImportTest.java");
                if (!self && (text.contains("org.openhab.binding.jellyfin.internal.")
                        || text.contains("org.openhab.core."))) {
                    offenders.add(file.getFileName() + ": fully qualified reference");
                }
            }
        }
        assertTrue(scanned > 10, "the simulator sources were not found");
        assertEquals(List.of(), offenders);
    }

    @Test
    void whenASourceImportsBindingCodeThenTheRuleDetectsIt() {
        assertTrue(FORBIDDEN.matcher("import org.openhab.binding.jellyfin.internal.api.Dialect;").find());
        assertTrue(FORBIDDEN.matcher("import static org.openhab.core.library.types.OnOffType.ON;").find());
        assertFalse(FORBIDDEN.matcher("import org.openhab.binding.jellyfin.simulator.SimJson;").find());
    }
}
