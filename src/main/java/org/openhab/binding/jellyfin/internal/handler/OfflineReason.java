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
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Turns a failure into what the user sees on the thing: a status detail and a translated description with the
 * failure's own words as argument. Which failures are worth retrying is decided here too: communication errors
 * are, configuration errors are not.
 *
 * @param detail the status detail
 * @param description the {@code @text/…} description, with its argument
 * @param retry whether trying again later can help (the network or the server), or the user must act
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record OfflineReason(ThingStatusDetail detail, String description, boolean retry) {

    /** The text of each kind of failure: a communication error or a configuration error, by its key. */
    private static final Map<Kind, String> KEYS = new EnumMap<>(Map.ofEntries(
            Map.entry(Kind.UNREACHABLE, "offline.comm-error.unreachable"),
            Map.entry(Kind.TIMEOUT, "offline.comm-error.timeout"),
            Map.entry(Kind.SERVER_ERROR, "offline.comm-error.server-error"),
            Map.entry(Kind.UNEXPECTED_RESPONSE, "offline.comm-error.unexpected-response"),
            Map.entry(Kind.NOT_FOUND, "offline.conf-error.not-a-server"),
            Map.entry(Kind.BAD_REQUEST, "offline.conf-error.refused"),
            Map.entry(Kind.UNAUTHORIZED, "offline.conf-error.token-rejected"),
            Map.entry(Kind.FORBIDDEN, "offline.conf-error.forbidden"),
            Map.entry(Kind.UNSUPPORTED_SERVER, "offline.conf-error.unsupported-server"),
            Map.entry(Kind.MISSING_USER_ID, "offline.conf-error.user-id-needed"),
            Map.entry(Kind.OPERATION_UNSUPPORTED, "offline.conf-error.refused"),
            Map.entry(Kind.INVALID_ARGUMENT, "offline.conf-error.refused")));

    public static OfflineReason of(Throwable failure) {
        JellyfinApiException e = JellyfinApiException.unwrap(failure);
        String key = KEYS.getOrDefault(e.getKind(), "offline.comm-error.unexpected-response");
        boolean communication = key.contains(".comm-error.");
        return new OfflineReason(
                communication ? ThingStatusDetail.COMMUNICATION_ERROR : ThingStatusDetail.CONFIGURATION_ERROR,
                text(key, e.getMessage()), communication);
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
