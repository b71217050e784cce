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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Answers HTTP: records the request, applies faults, validates it against the spec (strict mode),
 * authenticates it by the version's rules and runs the route.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimHttpHandler extends AbstractHandler {
    private final SimState state;
    private final RequestLog log;
    private final SimFaults faults;
    private volatile RouteTable routes;
    private volatile @Nullable SpecValidator validator;

    SimHttpHandler(SimState state, RequestLog log, SimFaults faults, RouteTable routes,
            @Nullable SpecValidator validator) {
        this.state = state;
        this.log = log;
        this.faults = faults;
        this.routes = routes;
        this.validator = validator;
    }

    void setValidator(@Nullable SpecValidator validator) {
        this.validator = validator;
    }

    @Override
    public void handle(@Nullable String target, @Nullable Request base, @Nullable HttpServletRequest req,
            @Nullable HttpServletResponse resp) throws IOException {
        if (base == null || req == null || resp == null) {
            return;
        }
        long arrivalNanos = System.nanoTime();
        base.setHandled(true);
        RecordedRequest recorded = record(req, arrivalNanos);
        log.add(recorded);
        SimExchange exchange = new SimExchange(recorded, state);
        try {
            Duration delay = faults.takeDelay();
            if (!delay.isZero()) {
                sleep(delay);
            }
            int failure = faults.takeFailure();
            if (failure != 0) {
                exchange.error(failure, "Simulated failure");
            } else {
                route(exchange);
            }
        } catch (RuntimeException e) {
            exchange.error(500, "Simulator error: " + e);
        }
        recorded.setStatus(exchange.status);
        if (faults.takeLostAnswer(recorded)) {
            // carried out, but the connection breaks before the answer: the client cannot tell what happened
            log.answered();
            base.getHttpChannel().abort(new IOException("simulated loss of the answer"));
            return;
        }
        exchange.send(resp);
        log.answered();
    }

    private void route(SimExchange exchange) {
        RecordedRequest r = exchange.request;
        if (!state.rules().dialect().underBase(r.path())) {
            exchange.error(404, "Not Found");
            return;
        }
        RouteTable.Match match = routes.match(r.method(), r.apiPath());
        if (match == null) {
            exchange.error(routes.pathKnown(r.apiPath()) ? 405 : 404, "Not Found");
            return;
        }
        SpecValidator spec = validator;
        boolean checked = spec != null && match.route().hiddenReason() == null;
        if (spec != null && checked) {
            List<String> violations = spec.validate(r);
            if (!violations.isEmpty()) {
                violations.forEach(r::addViolation);
                exchange.error(400, "Request does not conform to the " + state.rules().dialect() + " spec: "
                        + violations);
                return;
            }
        }
        exchange.setPathVars(match.vars());
        if (authorize(exchange, match.route().access())) {
            match.route().handler().handle(exchange);
        }
        if (spec != null && checked && exchange.status < 300 && !exchange.isBinary()) {
            spec.validateResponse(r, state.rules().isEmby(), exchange.status, exchange.body).forEach(r::addResponseViolation);
        }
    }

    private boolean authorize(SimExchange exchange, RouteTable.Access access) {
        if (access == RouteTable.Access.ANONYMOUS) {
            return true;
        }
        RecordedRequest r = exchange.request;
        SimAuth.Presented presented = SimAuth.read(state.rules(), r::header, r::queryParam);
        Optional<SimToken> token = SimAuth.authenticate(state.accounts, presented);
        if (token.isEmpty()) {
            exchange.error(401, "Unauthorized");
            return false;
        }
        exchange.caller = token.get();
        state.activity(token.get());
        if (access == RouteTable.Access.ADMIN && !token.get().isApiKey()
                && !state.accounts.userById(token.get().userId()).map(SimUser::admin).orElse(false)) {
            exchange.error(403, "Forbidden");
            return false;
        }
        return true;
    }

    private RecordedRequest record(HttpServletRequest req, long arrivalNanos) throws IOException {
        String path = req.getRequestURI();
        String apiPath = state.rules().dialect().apiPath(path);
        String rawQuery = req.getQueryString();
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            MultiMap<String> params = new MultiMap<>();
            UrlEncoded.decodeTo(rawQuery, params, StandardCharsets.UTF_8);
            params.forEach((k, v) -> query.put(k, List.copyOf(v)));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), String.join(",", Collections.list(req.getHeaders(name))));
        }
        String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new RecordedRequest(state.now(), arrivalNanos, req.getMethod(), path, apiPath, rawQuery,
                Collections.unmodifiableMap(query), Collections.unmodifiableMap(headers), body);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<String> list(@Nullable String csv) {
        List<String> values = new ArrayList<>();
        if (csv != null) {
            for (String part : csv.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }
}
