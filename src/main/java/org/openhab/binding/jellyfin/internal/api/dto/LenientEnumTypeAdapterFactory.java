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
package org.openhab.binding.jellyfin.internal.api.dto;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Reads enums by wire name ({@link SerializedName} or constant name, case-insensitive) and maps values a
 * newer server may add to the constant {@code UNKNOWN} (or null when the enum has none), so a payload
 * never fails on a new enum value.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class LenientEnumTypeAdapterFactory implements TypeAdapterFactory {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> @Nullable TypeAdapter<T> create(@Nullable Gson gson, @Nullable TypeToken<T> type) {
        if (type == null) {
            return null;
        }
        Class<? super T> raw = type.getRawType();
        if (!Enum.class.isAssignableFrom(raw) || raw == Enum.class) {
            return null;
        }
        if (!raw.isEnum()) {
            raw = raw.getSuperclass();
        }
        return (TypeAdapter<T>) new Adapter(raw);
    }

    private static final class Adapter<E extends Enum<E>> extends TypeAdapter<E> {
        private final Map<String, E> byName = new HashMap<>();
        private final Map<E, String> names = new HashMap<>();
        private @Nullable E unknown;

        Adapter(Class<E> enumClass) {
            for (E constant : enumClass.getEnumConstants()) {
                String name = constant.name();
                try {
                    Field field = enumClass.getField(name);
                    SerializedName sn = field.getAnnotation(SerializedName.class);
                    if (sn != null) {
                        name = sn.value();
                    }
                } catch (NoSuchFieldException e) {
                    // an enum constant is always a public field
                }
                byName.put(name.toLowerCase(Locale.ROOT), constant);
                names.put(constant, name);
                if ("UNKNOWN".equals(constant.name())) {
                    unknown = constant;
                }
            }
        }

        @Override
        public void write(JsonWriter out, @Nullable E value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(names.get(value));
            }
        }

        @Override
        public @Nullable E read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (in.peek() != JsonToken.STRING) {
                in.skipValue();
                return unknown;
            }
            E value = byName.get(in.nextString().toLowerCase(Locale.ROOT));
            return value != null ? value : unknown;
        }
    }
}
