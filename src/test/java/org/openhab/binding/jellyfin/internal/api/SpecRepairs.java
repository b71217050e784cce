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
package org.openhab.binding.jellyfin.internal.api;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Repairs representation defects of the published spec files in memory, without changing what they
 * allow, so the validator can load and apply them:
 * <ul>
 * <li>a parameter schema {@code {"allOf":[{"$ref":X}]}} (Jellyfin 10.8) becomes {@code {"$ref":X}}: the
 * validator would otherwise read the plain value (e.g. {@code Stop}) as JSON;</li>
 * <li>an operation whose path template names a parameter it never declares (one image route in Emby
 * 4.9.0.41 beta) is dropped: the validator refuses to load a spec containing it. The binding uses none.</li>
 * </ul>
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SpecRepairs {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private SpecRepairs() {
    }

    static String repair(String specJson) {
        JsonObject spec = JsonParser.parseString(specJson).getAsJsonObject();
        JsonObject paths = spec.getAsJsonObject("paths");
        for (Map.Entry<String, JsonElement> path : paths.entrySet()) {
            JsonObject item = path.getValue().getAsJsonObject();
            Set<String> declaredAtPath = pathParams(item.getAsJsonArray("parameters"));
            for (String method : Set.copyOf(item.keySet())) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonObject op = item.getAsJsonObject(method);
                JsonArray params = op.getAsJsonArray("parameters");
                unwrapAllOf(params);
                Set<String> declared = new HashSet<>(declaredAtPath);
                declared.addAll(pathParams(params));
                Matcher m = TEMPLATE.matcher(path.getKey());
                while (m.find()) {
                    if (!declared.contains(m.group(1))) {
                        item.remove(method);
                        break;
                    }
                }
            }
        }
        return spec.toString();
    }

    private static Set<String> pathParams(JsonArray params) {
        Set<String> names = new HashSet<>();
        if (params != null) {
            for (JsonElement p : params) {
                JsonObject o = p.getAsJsonObject();
                if (o.has("in") && "path".equals(o.get("in").getAsString())) {
                    names.add(o.get("name").getAsString());
                }
            }
        }
        return names;
    }

    private static void unwrapAllOf(JsonArray params) {
        if (params == null) {
            return;
        }
        for (JsonElement p : params) {
            JsonObject schema = p.getAsJsonObject().getAsJsonObject("schema");
            if (schema != null && schema.has("allOf") && schema.getAsJsonArray("allOf").size() == 1) {
                p.getAsJsonObject().add("schema", schema.getAsJsonArray("allOf").get(0));
            }
        }
    }
}
