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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The ONE place listing what the binding sends although a server's published spec does not describe it,
 * each with its reason. (Representation defects of the spec files themselves are repaired, without
 * changing what they allow, in {@link SpecRepairs}.)
 * <ul>
 * <li>Emby, every operation, {@code validation.request.security.missing}: the token travels in the
 * {@code X-Emby-Token} header, which the spec's own description of its api_key scheme names ("can
 * alternatively be specified in an http header named X-Emby-Token") but which its security schemes (an
 * {@code api_key} query or an Authorization bearer header) cannot express. {@code /System/Info/Public}
 * is served anonymously although the spec lists security for it.</li>
 * </ul>
 * The binding uses no route a spec hides (e.g. it uses {@code /UserPlayedItems} on Jellyfin 10.9+, not the
 * still-served {@code /Users/{u}/PlayedItems}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SpecExceptions {

    private SpecExceptions() {
    }

    /**
     * @param operation the operation name of {@link OperationCatalog}
     * @param problemKey the validator's key of a problem with that request
     */
    static boolean isExpected(ServerDialect dialect, String operation, String problemKey) {
        return dialect.product() == ServerProduct.EMBY && "validation.request.security.missing".equals(problemKey);
    }
}
