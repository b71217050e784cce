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
 * The query parameters of Jellyfin's by-item playback routes (10.8 to 10.11), camelCase.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class ByItemQuery {

    private ByItemQuery() {
    }

    static ApiRequest.Builder start(ApiRequest.Builder b, ItemPlayback p) throws JellyfinApiException {
        return common(b, p).query("canSeek", true);
    }

    static ApiRequest.Builder progress(ApiRequest.Builder b, ItemPlayback p) throws JellyfinApiException {
        return common(b, p).query("positionTicks", p.positionTicks()).query("isPaused", p.paused());
    }

    static ApiRequest.Builder stopped(ApiRequest.Builder b, ItemPlayback p) throws JellyfinApiException {
        return common(b, p).query("positionTicks", p.positionTicks());
    }

    private static ApiRequest.Builder common(ApiRequest.Builder b, ItemPlayback p) throws JellyfinApiException {
        String source = p.mediaSourceId();
        String playSession = p.playSessionId();
        return b.query("mediaSourceId", source != null ? Ids.check("media source id", source) : null)
                .query("playSessionId", playSession != null ? Ids.check("play session id", playSession) : null);
    }
}
