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
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.Descriptors;

/**
 * Every text the binding shows through {@code @text/…} has an entry in the translations, and so does every thing
 * type and channel type of the descriptors.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class TranslationsTest {

    private static final Pattern TEXT_KEY = Pattern.compile("@text/([a-z0-9.-]+)");
    /** Keys written in code with the "@text/" prefix added later, e.g. ServerConnector.text("key", argument). */
    private static final Pattern BARE_KEY = Pattern.compile("\"((?:offline|online)\\.[a-z0-9.-]+)\"");

    @Test
    void everyTextKeyUsedByTheCodeIsTranslated() throws IOException {
        Properties texts = texts();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : List.of(TEXT_KEY, BARE_KEY)) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        if (!texts.containsKey(m.group(1))) {
                            missing.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyThingTypeAndChannelTypeHasALabel() throws IOException {
        Properties texts = texts();
        Descriptors descriptors = Descriptors.load();
        List<String> missing = new ArrayList<>();
        descriptors.thingTypes().keySet().forEach(id -> {
            if (!texts.containsKey("thing-type.jellyfin." + id + ".label")) {
                missing.add("thing-type " + id);
            }
        });
        descriptors.channelTypes().keySet().forEach(id -> {
            if (!texts.containsKey("channel-type.jellyfin." + id + ".label")) {
                missing.add("channel-type " + id);
            }
        });
        assertEquals(List.of(), missing);
    }

    private static Properties texts() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("ESH-INF/i18n/jellyfin.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
