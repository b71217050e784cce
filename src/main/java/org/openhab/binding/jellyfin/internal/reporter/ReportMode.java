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
package org.openhab.binding.jellyfin.internal.reporter;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.ApiOperation;
import org.openhab.binding.jellyfin.internal.api.ServerDialect;
import org.openhab.binding.jellyfin.internal.api.ServerProduct;

/**
 * Which routes a reporter uses for start, progress and stop (the {@code reportMode} configuration).
 * AUTO picks the session reports ({@code /Sessions/Playing*}) on Jellyfin, where they are the routes the
 * official clients use and the only ones left on 12.0, and the by-item routes
 * ({@code /Users/{u}/PlayingItems/{i}}) on Emby, which carry the user and media source in the request.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public enum ReportMode {
    AUTO,
    /** {@code POST /Sessions/Playing}, {@code /Progress}, {@code /Stopped} with a JSON body. */
    SESSION,
    /** The by-item routes ({@code /PlayingItems/{i}}, {@code /Users/{u}/PlayingItems/{i}}); 12.0 maps them. */
    ITEM;

    public static ReportMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return AUTO;
        }
    }

    /**
     * @return SESSION or ITEM: what this mode means on the server, falling back to what the server has
     */
    public ReportMode resolve(ServerDialect dialect) {
        ReportMode wanted = this != AUTO ? this : dialect.product() == ServerProduct.EMBY ? ITEM : SESSION;
        if (wanted == ITEM && !dialect.supports(ApiOperation.ON_PLAYBACK_START)) {
            return SESSION;
        }
        if (wanted == SESSION && !dialect.supports(ApiOperation.REPORT_PLAYBACK_START)) {
            return ITEM;
        }
        return wanted;
    }
}
