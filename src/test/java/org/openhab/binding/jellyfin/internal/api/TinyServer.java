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

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * A minimal local HTTP server for client tests: records each request and answers what the test scripts.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class TinyServer implements AutoCloseable {

    /** One request as received. */
    record Received(String method, String path, @Nullable String query, Map<String, String> headers, String body) {
    }

    /**
     * One scripted answer: a JSON text, or binary content (sent without a length, flushed, then held open until the
     * latch is released, when there is one).
     */
    record Answer(int status, String body, long delayMs, String contentType, byte[] binary,
            @Nullable CountDownLatch holdOpen) {
        Answer(int status, String body, long delayMs) {
            this(status, body, delayMs, "application/json", new byte[0], null);
        }

        static Answer json(String body) {
            return new Answer(200, body, 0);
        }

        static Answer status(int status) {
            return new Answer(status, "", 0);
        }

        static Answer binary(String contentType, byte[] bytes, @Nullable CountDownLatch holdOpen) {
            return new Answer(200, "", 0, contentType, bytes, holdOpen);
        }

        /** No answer: the connection breaks right after the request arrived. */
        static Answer dropped() {
            return new Answer(-1, "", 0);
        }
    }

    /** Chooses the answer to a request. */
    interface Script {
        Answer answer(Received request);
    }

    private final Server server = new Server();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Script script = r -> Answer.status(204);

    TinyServer() throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(@Nullable String target, @Nullable Request base, @Nullable HttpServletRequest request,
                    @Nullable HttpServletResponse response) throws IOException {
                if (base == null || request == null || response == null) {
                    return;
                }
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (String name : Collections.list(request.getHeaderNames())) {
                    headers.put(name, request.getHeader(name));
                }
                String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Received r = new Received(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                        headers, body);
                received.add(r);
                Answer a = script.answer(r);
                if (a.delayMs() > 0) {
                    try {
                        Thread.sleep(a.delayMs());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (a.status() < 0) {
                    base.setHandled(true);
                    base.getHttpChannel().abort(new IOException("connection dropped by the test"));
                    return;
                }
                response.setStatus(a.status());
                if (a.binary().length > 0) {
                    base.setHandled(true);
                    writeBinary(a, response);
                    return;
                }
                if (!a.body().isEmpty()) {
                    response.setContentType("application/json");
                    response.getOutputStream().write(a.body().getBytes(StandardCharsets.UTF_8));
                }
                base.setHandled(true);
            }
        });
        server.start();
    }

    private static void writeBinary(Answer a, HttpServletResponse response) throws IOException {
        response.setContentType(a.contentType());
        response.getOutputStream().write(a.binary());
        response.flushBuffer();
        CountDownLatch hold = a.holdOpen();
        if (hold != null) {
            try {
                hold.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void script(Script newScript) {
        this.script = newScript;
    }

    List<Received> received() {
        return received;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
