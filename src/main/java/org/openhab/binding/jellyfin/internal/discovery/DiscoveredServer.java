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
package org.openhab.binding.jellyfin.internal.discovery;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Guids;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A server's answer to the discovery broadcast: {@code {"Address":"http://…:8096","Id":"…","Name":"…"}}.
 *
 * @param host the host to configure (from the answer's address, else the sender's address)
 * @param port the port
 * @param ssl whether the address is https
 * @param path the base path, empty for none
 * @param id the server id (32 hex digits)
 * @param name the server name
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record DiscoveredServer(String host, int port, boolean ssl, String path, String id, String name) {

    private static final int MAX_REPLY_LENGTH = 4096;

    /**
     * @return the server, or null when the answer is not a server's (bad JSON, no id, no usable address)
     */
    public static @Nullable DiscoveredServer parse(String reply, InetAddress sender) {
        if (reply.length() > MAX_REPLY_LENGTH) {
            return null;
        }
        try {
            JsonElement element = JsonParser.parseString(reply);
            if (!element.isJsonObject()) {
                return null;
            }
            JsonObject json = element.getAsJsonObject();
            String id = string(json, "Id");
            if (id == null || !id.matches("[0-9A-Fa-f-]{32,36}")) {
                return null;
            }
            String address = string(json, "Address");
            String name = string(json, "Name");
            URI uri = new URI(address == null ? "http://" + sender.getHostAddress() + ":8096" : address);
            String host = uri.getHost();
            if (host == null || !"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                return null;
            }
            boolean ssl = "https".equals(uri.getScheme());
            int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 8920 : 8096;
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return new DiscoveredServer(host, port, ssl, path, Guids.normalize(id), name == null ? "" : name);
        } catch (JsonParseException | URISyntaxException | IllegalStateException e) {
            return null;
        }
    }

    private static @Nullable String string(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
