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

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.probe.ProbeOptions.UsageException;

/**
 * A thing the user asks the probe to start under its bridge, with {@code --thing type:id[,key=value...]} or the
 * input line {@code thing <type> <id> [key=value...]}.
 *
 * @param typeId the thing type id within the binding, e.g. {@code client}
 * @param id the thing id (last UID segment)
 * @param config the configuration; numbers become {@link BigDecimal} and true/false booleans, as openHAB stores them
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
record ExtraThing(String typeId, String id, Map<String, Object> config) {

    /** Parses {@code type:id[,key=value...]}. */
    static ExtraThing parse(String text) throws UsageException {
        String[] parts = text.split(",");
        String[] typeAndId = parts[0].split(":");
        if (typeAndId.length != 2 || typeAndId[0].isBlank() || typeAndId[1].isBlank()) {
            throw new UsageException("--thing wants type:id[,key=value...], not " + text);
        }
        return of(typeAndId[0], typeAndId[1], List.of(parts).subList(1, parts.length));
    }

    /** A thing from its type, id and {@code key=value} parameters. */
    static ExtraThing of(String typeId, String id, List<String> parameters) throws UsageException {
        if (!id.matches("[\\w-]+")) {
            throw new UsageException("a thing id has letters, digits, '_' and '-' only: " + id);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("a configuration parameter is key=value, not " + parameter);
            }
            config.put(parameter.substring(0, equals).trim(), value(parameter.substring(equals + 1).trim()));
        }
        return new ExtraThing(typeId, id, config);
    }

    private static Object value(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if ("true".equals(lower) || "false".equals(lower)) {
            return Boolean.valueOf(lower);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
