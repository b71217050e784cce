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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Resolves the {@code @text/key ["argument", ...]} descriptions handlers give their status, as openHAB does before
 * showing them: the key is looked up in the binding's {@code jellyfin.properties} and the arguments substituted.
 * Without the file (or the key), the key and its arguments are shown as they are.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class Texts {

    private static final String PREFIX = "@text/";

    private final Properties properties;

    private Texts(Properties properties) {
        this.properties = properties;
    }

    /** The binding's texts from {@code ESH-INF/i18n/jellyfin.properties}, or from {@code OH-INF/} on the class path. */
    static Texts load() {
        Properties properties = new Properties();
        Path file = Path.of("ESH-INF", "i18n", "jellyfin.properties");
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file)
                : Texts.class.getClassLoader().getResourceAsStream("OH-INF/i18n/jellyfin.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // no texts: keys are shown as they are
        }
        return new Texts(properties);
    }

    static Texts of(Properties properties) {
        return new Texts(properties);
    }

    /**
     * @param description a status description, possibly {@code @text/key} or {@code @text/key ["a", "b"]}
     * @return the text to show; null for none
     */
    @Nullable
    String resolve(@Nullable String description) {
        if (description == null || !description.startsWith(PREFIX)) {
            return description;
        }
        String rest = description.substring(PREFIX.length()).trim();
        int space = rest.indexOf(' ');
        String key = space < 0 ? rest : rest.substring(0, space);
        List<String> arguments = space < 0 ? List.of() : arguments(rest.substring(space + 1).trim());
        String text = properties.getProperty(key);
        if (text == null) {
            return arguments.isEmpty() ? key : key + " " + arguments;
        }
        return arguments.isEmpty() ? text : new MessageFormat(text, Locale.ROOT).format(arguments.toArray());
    }

    /** The arguments of {@code ["a", "b \"quoted\""]}. */
    static List<String> arguments(String text) {
        List<String> arguments = new ArrayList<>();
        if (!text.startsWith("[") || !text.endsWith("]")) {
            return List.of(text);
        }
        @Nullable
        StringBuilder current = null;
        boolean escaped = false;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (current == null) {
                if (c == '"') {
                    current = new StringBuilder();
                }
            } else if (escaped) {
                current.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                arguments.add(current.toString());
                current = null;
            } else {
                current.append(c);
            }
        }
        return arguments;
    }
}
