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
 * Jellyfin 12.0 and later: {@code /PlayingItems/{i}} is gone, so the by-item playback reports are sent
 * as the session reports {@code /Sessions/Playing}, {@code /Playing/Progress} and {@code /Playing/Stopped}
 * (for the caller's own session). Legacy auth forms are off by default: only the {@code MediaBrowser}
 * Authorization header is used, as on every version. Any user may subscribe to sessions.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class Jellyfin12Dialect extends Jellyfin109Dialect {

    public Jellyfin12Dialect(ServerVersion version) {
        super(version);
    }

    @Override
    public String name() {
        return "Jellyfin 12 (" + version() + ")";
    }

    @Override
    public SubscriptionPolicy subscriptionPolicy() {
        return SubscriptionPolicy.ANYONE;
    }

    @Override
    public ApiRequest onPlaybackStart(String userId, ItemPlayback playback) throws JellyfinApiException {
        return post("/Sessions/Playing").json(startInfoJson(playback)).build();
    }

    @Override
    public ApiRequest onPlaybackProgress(String userId, ItemPlayback playback) throws JellyfinApiException {
        return post("/Sessions/Playing/Progress").json(progressInfoJson(playback)).build();
    }

    @Override
    public ApiRequest onPlaybackStopped(String userId, ItemPlayback playback) throws JellyfinApiException {
        return post("/Sessions/Playing/Stopped").json(stopInfoJson(playback)).build();
    }
}
