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
package org.openhab.binding.jellyfin.internal.live;

import java.nio.ByteBuffer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.api.WebSocketPingPongListener;

/**
 * The Jetty endpoint of one connection attempt. It knows only its generation and hands every event, tagged
 * with it, to the connection, which drops events of generations that are no longer current. Runs on Jetty threads.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class StreamSocket implements WebSocketListener, WebSocketPingPongListener {

    private final long generation;
    private final int maxMessageBytes;
    private final StreamConnection events;

    StreamSocket(long generation, int maxMessageBytes, StreamConnection events) {
        this.generation = generation;
        this.maxMessageBytes = maxMessageBytes;
        this.events = events;
    }

    @Override
    public void onWebSocketConnect(@Nullable Session session) {
        if (session != null) {
            // the policy is this session's own copy; the parser reads the limit frame by frame
            session.getPolicy().setMaxTextMessageSize(maxMessageBytes);
            events.opened(generation, session);
        }
    }

    @Override
    public void onWebSocketText(@Nullable String message) {
        if (message != null) {
            events.text(generation, message);
        }
    }

    @Override
    public void onWebSocketBinary(byte @Nullable [] payload, int offset, int len) {
        // the servers send text only
    }

    @Override
    public void onWebSocketPing(@Nullable ByteBuffer payload) {
        // Jetty answers with a pong
    }

    @Override
    public void onWebSocketPong(@Nullable ByteBuffer payload) {
        events.pong(generation);
    }

    @Override
    public void onWebSocketClose(int statusCode, @Nullable String reason) {
        events.closed(generation, statusCode, reason);
    }

    @Override
    public void onWebSocketError(@Nullable Throwable cause) {
        events.failed(generation, cause != null ? cause : new IllegalStateException("unknown socket error"));
    }
}
