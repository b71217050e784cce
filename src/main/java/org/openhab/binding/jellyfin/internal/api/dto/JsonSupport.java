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
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * The one Gson configuration for the servers' JSON: PascalCase names, unknown fields ignored, lenient
 * dates (ISO with any number of fraction digits, or Emby's {@code yyyyMMddHHmmss}), unknown enum values
 * mapped to {@code UNKNOWN}. Gson instances are thread-safe: share {@link #gson()}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class JsonSupport {

    private static final Gson GSON = create();

    private JsonSupport() {
    }

    public static Gson gson() {
        return GSON;
    }

    private static Gson create() {
        return new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.UPPER_CAMEL_CASE)
                .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
                .registerTypeAdapterFactory(new LenientEnumTypeAdapterFactory()).disableHtmlEscaping().create();
    }

    /**
     * Reads dates leniently (a bad date becomes null, never a parse failure); writes ISO-8601 in UTC.
     */
    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public @Nullable Instant read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.STRING) {
                in.skipValue();
                return null;
            }
            return ServerDates.parse(in.nextString());
        }
    }
}
