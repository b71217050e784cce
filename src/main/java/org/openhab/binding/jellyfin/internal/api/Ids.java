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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;

/**
 * Checks ids before they become part of a request path, and percent-encodes path segments and query values.
 * Server ids are GUIDs (with or without dashes), hex strings or Emby's numeric ids: anything else
 * (slashes, dots, quotes, control characters) is refused so that it can never reach another endpoint.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    private Ids() {
    }

    /**
     * @param what a word for the message ("item id", "session id")
     * @return the id, unchanged, when it is made of letters, digits, dashes and underscores only
     * @throws JellyfinApiException of kind INVALID_ARGUMENT otherwise
     */
    public static String check(String what, String id) throws JellyfinApiException {
        if (!ID.matcher(id).matches()) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT,
                    "The " + what + " is not a valid server id (letters, digits and dashes only)");
        }
        return id;
    }

    /**
     * @return the command or type name, unchanged, when it is a plain word (e.g. "SetVolume")
     */
    public static String checkName(String what, String name) throws JellyfinApiException {
        if (!NAME.matcher(name).matches()) {
            throw new JellyfinApiException(Kind.INVALID_ARGUMENT, "The " + what + " is not a valid name");
        }
        return name;
    }

    /**
     * Refuses control characters (CR, LF, NUL...) in free text that goes into a query or header.
     */
    public static String checkText(String what, String text) throws JellyfinApiException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw new JellyfinApiException(Kind.INVALID_ARGUMENT,
                        "The " + what + " contains control characters");
            }
        }
        return text;
    }

    /**
     * Percent-encodes a path segment or a query value (RFC 3986 unreserved characters stay as they are).
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~")
                .replace("*", "%2A");
    }
}
