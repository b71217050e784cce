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

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code GET /Items/{itemId}/Images/{imageType}}: the primary image of an item as a PNG the simulator writes itself
 * (a poster of 1000 x 1500 pixels in a colour of its own per item and tag), scaled down to {@code maxWidth} as the
 * servers do. Jellyfin serves images without authentication (its spec has no security on the route); Emby's spec
 * asks for it. An item without a primary image, or another image type, is 404.
 * <p>
 * Faults for tests: {@link #hold()} makes image requests wait until {@link #release()}, and {@link #oversize(boolean)}
 * makes every image a full-size noise PNG of several megabytes that ignores {@code maxWidth}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class ImageRoutes {
    static final int NATIVE_WIDTH = 1000;
    static final int NATIVE_HEIGHT = 1500;
    private static final int OVERSIZED_WIDTH = 1200;
    private static final int OVERSIZED_HEIGHT = 1800;

    private final SimState state;
    private volatile @Nullable CountDownLatch gate;
    private volatile boolean oversize;

    ImageRoutes(SimState state) {
        this.state = state;
    }

    void register(RouteTable t, Dialect d) {
        t.add("GET", "/Items/{itemId}/Images/{imageType}",
                d.isEmby() ? RouteTable.Access.AUTHENTICATED : RouteTable.Access.ANONYMOUS, this::image);
    }

    /** Image requests wait from now on until {@link #release()} (at most 30 s). */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch g = gate;
        gate = null;
        if (g != null) {
            g.countDown();
        }
    }

    void oversize(boolean on) {
        oversize = on;
    }

    private void image(SimExchange ex) {
        CountDownLatch g = gate;
        if (g != null) {
            try {
                g.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!"Primary".equalsIgnoreCase(ex.path("imageType"))) {
            ex.error(404, "Image not found");
            return;
        }
        SimItem item = PlaystateRoutes.item(ex, state, ex.path("itemId"));
        if (item == null) {
            return;
        }
        String tag = item.imageTag();
        if (tag == null) {
            ex.error(404, "Image not found");
            return;
        }
        if (oversize) {
            ex.binary(200, "image/png", noise(OVERSIZED_WIDTH, OVERSIZED_HEIGHT));
            return;
        }
        String maxWidth = ex.query("maxWidth");
        int width = NATIVE_WIDTH;
        try {
            width = maxWidth == null ? NATIVE_WIDTH : Math.min(NATIVE_WIDTH, Math.max(1, Integer.parseInt(maxWidth)));
        } catch (NumberFormatException e) {
            ex.error(400, "maxWidth is not a number");
            return;
        }
        ex.binary(200, "image/png", poster(tag, width, Math.max(1, width * NATIVE_HEIGHT / NATIVE_WIDTH)));
    }

    /** A plain poster in a colour derived from the tag, so that another tag gives other bytes. */
    static byte[] poster(String tag, int width, int height) {
        return SimPng.solid(width, height, tag.hashCode() & 0xFFFFFF);
    }

    private static byte[] noise(int width, int height) {
        return SimPng.noise(width, height, 42);
    }
}
