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
package org.openhab.binding.jellyfin.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the packaged bundle (run by {@code mvn verify} after {@code package}) and checks what openHAB will load.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class BundleContentIT {

    private static List<String> entries = List.of();
    private static Map<String, String> imports = Map.of();
    private static Attributes mainAttributes = new Attributes();

    @BeforeAll
    static void openBundle() throws IOException {
        String location = System.getProperty("jellyfin.bundle");
        assertNotNull(location, "system property jellyfin.bundle is set by the failsafe configuration");
        Path bundle = Path.of(location);
        assertTrue(Files.isRegularFile(bundle), "the bundle was built: " + bundle);
        try (JarFile jar = new JarFile(bundle.toFile())) {
            List<String> names = new ArrayList<>();
            for (JarEntry entry : Collections.list(jar.entries())) {
                names.add(entry.getName());
            }
            entries = names;
            mainAttributes = jar.getManifest().getMainAttributes();
            imports = parseHeader(mainAttributes.getValue("Import-Package"));
        }
    }

    @Test
    void bundleContainsNoStandInOfTheOpenhabCoreApi() {
        List<String> core = entries.stream().filter(e -> e.startsWith("org/openhab/core/")).toList();
        assertEquals(List.of(), core);
    }

    @Test
    void bundleCarriesDescriptorsUnderOhInf() {
        assertTrue(entries.contains("OH-INF/addon/addon.xml"), "OH-INF/addon/addon.xml");
        assertTrue(entries.stream().anyMatch(e -> e.matches("OH-INF/thing/[^/]+\\.xml")), "OH-INF/thing/*.xml");
        assertTrue(entries.stream().anyMatch(e -> e.matches("OH-INF/i18n/[^/]+\\.properties")),
                "OH-INF/i18n/*.properties");
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("ESH-INF/")), "no ESH-INF/ in the bundle");
    }

    @Test
    void bundleIdentifiesItselfAsTheJellyfinBinding() {
        assertEquals("org.openhab.binding.jellyfin", mainAttributes.getValue("Bundle-SymbolicName"));
    }

    @Test
    void openhabCorePackagesAreImportedWithTheOpenhab5Range() {
        assertEquals("[5.0,6)", versionOf("org.openhab.core.thing"));
        imports.forEach((pkg, attrs) -> {
            if (pkg.startsWith("org.openhab.core")) {
                assertEquals("[5.0,6)", versionOf(pkg), pkg);
            }
        });
    }

    @Test
    void jettyAndGsonAreImportedNotEmbedded() {
        assertTrue(imports.containsKey("org.eclipse.jetty.client"), "imports org.eclipse.jetty.client");
        assertTrue(imports.containsKey("org.eclipse.jetty.websocket.client"),
                "imports org.eclipse.jetty.websocket.client");
        assertTrue(imports.containsKey("com.google.gson"), "imports com.google.gson");
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("org/eclipse/jetty/")), "no Jetty classes inside");
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("com/google/gson/")), "no Gson classes inside");
    }

    @Test
    void handlerFactoryIsDeclaredAsDeclarativeServicesComponent() {
        String xml = "OSGI-INF/org.openhab.binding.jellyfin.internal.JellyfinHandlerFactory.xml";
        assertTrue(entries.contains(xml), xml);
        assertTrue(mainAttributes.getValue("Service-Component").contains(xml), "Service-Component header");
    }

    @Test
    void onlyBindingClassesArePackaged() {
        entries.stream().filter(e -> e.endsWith(".class"))
                .forEach(e -> assertTrue(e.startsWith("org/openhab/binding/jellyfin/internal/"), e));
    }

    private static String versionOf(String pkg) {
        String attrs = imports.get(pkg);
        assertNotNull(attrs, "imports " + pkg);
        for (String attr : attrs.split(";")) {
            String a = attr.trim();
            if (a.startsWith("version=")) {
                return a.substring("version=".length()).replace("\"", "");
            }
        }
        fail("no version on the import of " + pkg);
        return "";
    }

    /** Splits an OSGi header at the commas that are not inside quotes: package name to its attributes. */
    private static Map<String, String> parseHeader(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String text = clause.toString().trim();
                int semicolon = text.indexOf(';');
                String name = semicolon < 0 ? text : text.substring(0, semicolon);
                result.put(name, semicolon < 0 ? "" : text.substring(semicolon + 1));
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return result;
    }
}
