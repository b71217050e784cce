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

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Answers UDP discovery like the servers: {@code who is JellyfinServer?} (Emby: {@code who is
 * EmbyServer?}) gets {@code {"Address":…,"Id":…,"Name":…,"EndpointAddress":null}}; other datagrams
 * are ignored. Binds to 127.0.0.1 on the given port (0 = ephemeral).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DiscoveryResponder implements AutoCloseable {
    private final DatagramSocket socket;
    private final String question;
    private final Supplier<JsonObject> answer;
    private final Thread thread;

    DiscoveryResponder(int port, boolean emby, Supplier<String> address, String id, Supplier<String> name)
            throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.question = emby ? "who is EmbyServer?" : "who is JellyfinServer?";
        this.answer = () -> {
            JsonObject json = new JsonObject();
            json.addProperty("Address", address.get());
            json.addProperty("Id", id);
            json.addProperty("Name", name.get());
            json.add("EndpointAddress", JsonNull.INSTANCE);
            return json;
        };
        this.thread = new Thread(this::serve, "sim-discovery-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buffer = new byte[1024];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8).trim();
                if (text.equalsIgnoreCase(question)) {
                    byte[] reply = new com.google.gson.GsonBuilder().serializeNulls().create().toJson(answer.get())
                            .getBytes(StandardCharsets.UTF_8);
                    socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
