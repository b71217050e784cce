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
package org.openhab.binding.jellyfin.internal.handler;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.handler.ServerConnector.LoginNeededException;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Turns a failure into what the user sees on the thing: a status detail and a translated description with the
 * failure's own words as argument. Which failures are worth retrying is decided here too.
 *
 * @param detail the status detail
 * @param description the {@code @text/…} description, with its argument
 * @param retry whether trying again later can help (the network or the server), or the user must act
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record OfflineReason(ThingStatusDetail detail, String description, boolean retry) {

    private record Entry(ThingStatusDetail detail, String key, boolean retry) {
    }

    private static final Map<Kind, Entry> BY_KIND = new EnumMap<>(Kind.class);

    static {
        put(Kind.UNREACHABLE, ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error.unreachable", true);
        put(Kind.TIMEOUT, ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error.timeout", true);
        put(Kind.SERVER_ERROR, ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error.server-error", true);
        put(Kind.UNEXPECTED_RESPONSE, ThingStatusDetail.COMMUNICATION_ERROR, "offline.comm-error.unexpected-response",
                true);
        put(Kind.NOT_FOUND, ThingStatusDetail.CONFIGURATION_ERROR, "offline.conf-error.not-a-server", false);
        put(Kind.BAD_REQUEST, ThingStatusDetail.CONFIGURATION_ERROR, "offline.conf-error.refused", false);
        put(Kind.UNAUTHORIZED, ThingStatusDetail.CONFIGURATION_ERROR, "offline.conf-error.token-rejected", false);
        put(Kind.FORBIDDEN, ThingStatusDetail.CONFIGURATION_ERROR, "offline.conf-error.forbidden", false);
        put(Kind.UNSUPPORTED_SERVER, ThingStatusDetail.CONFIGURATION_ERROR, "offline.conf-error.unsupported-server",
                false);
        put(Kind.MISSING_USER_ID, ThingStatusDetail.CONFIGURATION_ERROR, "offline.conf-error.user-id-needed", false);
        put(Kind.OPERATION_UNSUPPORTED, ThingStatusDetail.CONFIGURATION_ERROR, "offline.conf-error.refused", false);
        put(Kind.INVALID_ARGUMENT, ThingStatusDetail.CONFIGURATION_ERROR, "offline.conf-error.refused", false);
    }

    private static void put(Kind kind, ThingStatusDetail detail, String key, boolean retry) {
        BY_KIND.put(kind, new Entry(detail, key, retry));
    }

    public static OfflineReason of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LoginNeededException) {
                return configuration("offline.conf-error.login-needed");
            }
        }
        JellyfinApiException e = JellyfinApiException.unwrap(failure);
        Entry entry = BY_KIND.getOrDefault(e.getKind(), new Entry(ThingStatusDetail.COMMUNICATION_ERROR,
                "offline.comm-error.unexpected-response", true));
        return new OfflineReason(entry.detail(), text(entry.key(), e.getMessage()), entry.retry());
    }

    public static OfflineReason configuration(String key) {
        return new OfflineReason(ThingStatusDetail.CONFIGURATION_ERROR, "@text/" + key, false);
    }

    /** A translated text with one argument, in the form openHAB expects: the key after "@text/", then ["argument"]. */
    static String text(String key, @Nullable String argument) {
        String arg = argument == null ? "" : argument.replace("\\", "\\\\").replace("\"", "\\\"");
        return "@text/" + key + " [\"" + arg + "\"]";
    }
}
