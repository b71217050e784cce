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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * JSON as the servers write it: PascalCase names, nulls omitted, GUIDs as 32 hex digits, dates with
 * 7 fractional digits ({@code 2024-10-15T13:36:46.6727027Z}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimJson {
    public static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String EMPTY_GUID = "00000000000000000000000000000000";

    private SimJson() {
    }

    public static String write(JsonElement element) {
        return GSON.toJson(element);
    }

    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** @return a stable 32-hex GUID derived from a name */
    public static String guid(String name) {
        return compact(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    public static String emptyGuid() {
        return EMPTY_GUID;
    }

    /** Normalises a GUID given with or without dashes to the 32-hex form; other ids are returned as is. */
    public static String normalizeId(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (lower.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return compact(lower);
        }
        return lower.matches("[0-9a-f]{32}") ? lower : id;
    }

    public static boolean isGuid(String id) {
        return normalizeId(id).matches("[0-9a-f]{32}");
    }

    private static String compact(String dashed) {
        return dashed.replace("-", "");
    }

    /** Adds a property unless the value is null (the servers omit nulls). */
    public static void put(JsonObject target, String name, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof JsonElement element) {
            target.add(name, element);
        } else if (value instanceof Number number) {
            target.addProperty(name, number);
        } else if (value instanceof Boolean bool) {
            target.addProperty(name, bool);
        } else {
            target.addProperty(name, value.toString());
        }
    }

    public static @Nullable JsonObject parseObject(String body) {
        try {
            JsonElement element = com.google.gson.JsonParser.parseString(body);
            return element.isJsonObject() ? element.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static @Nullable String string(@Nullable JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        for (String key : object.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                JsonElement value = object.get(key);
                return value == null || value.isJsonNull() ? null
                        : value.isJsonPrimitive() ? value.getAsString() : value.toString();
            }
        }
        return null;
    }

    public static @Nullable JsonElement element(@Nullable JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        for (String key : object.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                JsonElement value = object.get(key);
                return value == null || value.isJsonNull() ? null : value;
            }
        }
        return null;
    }
}
