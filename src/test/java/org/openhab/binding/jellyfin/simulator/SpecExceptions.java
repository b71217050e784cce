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

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where the servers differ from their published specs, in one place. Strict validation applies the
 * specs except for these points; everything else a spec says is enforced.
 *
 * <ul>
 * <li><b>Hidden routes</b> — Jellyfin 10.9+ still serves {@code POST/DELETE /Users/{userId}/PlayedItems/{itemId}}
 * (obsolete, {@code ApiExplorerSettings(IgnoreApi)}); requests to them are not validated. See
 * {@link JellyfinSimulator#routes()} for the list per dialect.</li>
 * <li><b>Credentials in the query</b> — {@code ApiKey} / {@code api_key} are accepted by the servers on every
 * route but not declared per operation; {@link SimAuth} applies the real rules and security
 * requirements are not validated.</li>
 * <li><b>GUIDs in answers</b> — the servers write GUIDs as 32 hex digits while the Jellyfin specs say
 * {@code format: uuid}; answers are checked with GUIDs in the dashed form. Requests are NOT relaxed: a
 * client that sends 32-hex ids where a Jellyfin spec says uuid is reported.</li>
 * <li><b>Emby void answers</b> — Emby (ServiceStack) answers 204 where its spec lists only 200.</li>
 * <li><b>Validator limitation</b> — plain values of {@code $ref}/{@code allOf} enum query parameters
 * (e.g. {@code includeItemTypes=Movie}) are misread as JSON by the validator; that message is ignored,
 * other checks of such parameters (enum values) still apply.</li>
 * <li><b>Emby 4.9 beta spec</b> — declares a path parameter it never defines
 * ({@code /Users/{Id}/Images/{Type}/{Index}}); the spec is loaded leniently.</li>
 * </ul>
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SpecExceptions {
    static final Set<String> AUTH_QUERY = Set.of("apikey", "api_key");
    static final List<String> IGNORED_KEYS = List.of("validation.request.security",
            "validation.response.contentType", "validation.request.parameter.schema.invalidJson");

    private SpecExceptions() {
    }

    static boolean isAuthQuery(String name) {
        return AUTH_QUERY.contains(name.toLowerCase(Locale.ROOT));
    }

    /** @return the answer body with 32-hex GUIDs written dashed, as the Jellyfin specs expect */
    static String dashGuids(String body) {
        return body.replaceAll("\"([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})\"",
                "\"$1-$2-$3-$4-$5\"");
    }

    static boolean isEmbyVoidAnswer(boolean emby, int status, String key) {
        return emby && status == 204 && "validation.response.status.unknown".equals(key);
    }
}
