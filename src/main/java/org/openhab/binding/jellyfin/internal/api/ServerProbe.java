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

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.dto.JsonSupport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * Finds out which server answers at an address: {@code GET /System/Info/Public} (anonymous), then
 * {@code /emby/System/Info/Public} when the first is missing. Jellyfin says ProductName "Jellyfin Server";
 * Emby has no ProductName.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ServerProbe {

    private static final String INFO_PATH = "/System/Info/Public";
    private static final String EMBY_INFO_PATH = "/emby" + INFO_PATH;

    private ServerProbe() {
    }

    /**
     * @return the server's product, version, id and name; fails UNREACHABLE/TIMEOUT when nobody answers,
     *         UNSUPPORTED_SERVER when the answer is not a Jellyfin or Emby server's
     */
    public static CompletableFuture<ServerInfo> detect(HttpExecutor http) {
        return http.execute(get(INFO_PATH)).thenCompose(body -> parsed(body, false)).exceptionallyCompose(failure -> {
            JellyfinApiException e = JellyfinApiException.unwrap(failure);
            if (e.getKind() == Kind.NOT_FOUND || e.getKind() == Kind.UNEXPECTED_RESPONSE
                    || e.getKind() == Kind.UNSUPPORTED_SERVER) {
                return http.execute(get(EMBY_INFO_PATH)).thenCompose(body -> parsed(body, true));
            }
            return CompletableFuture.failedFuture(e);
        });
    }

    /**
     * @return the dialect for the server at this address
     */
    public static CompletableFuture<ServerDialect> detectDialect(HttpExecutor http) {
        return detect(http).thenCompose(info -> {
            try {
                return CompletableFuture.completedFuture(ServerDialect.forServer(info));
            } catch (JellyfinApiException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /**
     * @param underEmbyPath whether the answer came from {@code /emby/...}
     */
    public static ServerInfo parse(String body, boolean underEmbyPath) throws JellyfinApiException {
        JsonObject info;
        try {
            info = JsonSupport.gson().fromJson(body, JsonObject.class);
        } catch (JsonParseException e) {
            throw new JellyfinApiException(Kind.UNSUPPORTED_SERVER, notAServer());
        }
        ServerVersion version = info == null ? null : ServerVersion.parse(text(info, "Version"));
        if (info == null || version == null) {
            throw new JellyfinApiException(Kind.UNSUPPORTED_SERVER, notAServer());
        }
        String product = text(info, "ProductName");
        ServerProduct kind = isJellyfin(product) && !underEmbyPath ? ServerProduct.JELLYFIN : ServerProduct.EMBY;
        return new ServerInfo(kind, version, Guids.normalize(text(info, "Id")), text(info, "ServerName"));
    }

    /**
     * @return the named string (or number) of the answer, "" when it is missing or not a value
     */
    private static String text(JsonObject info, String name) {
        JsonElement value = info.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static CompletableFuture<ServerInfo> parsed(String body, boolean underEmbyPath) {
        try {
            return CompletableFuture.completedFuture(parse(body, underEmbyPath));
        } catch (JellyfinApiException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean isJellyfin(@Nullable String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("jellyfin");
    }

    private static String notAServer() {
        return "The address does not answer like a Jellyfin or Emby server";
    }

    private static ApiRequest get(String path) {
        return new ApiRequest("GET", path).header("Accept", "application/json");
    }
}
