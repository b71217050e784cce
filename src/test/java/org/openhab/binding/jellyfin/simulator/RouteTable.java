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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The routes a dialect serves, matched case-insensitively like the servers' routers. Templates use
 * {@code {name}} for one path segment.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class RouteTable {
    /** Who may call a route. */
    enum Access {
        ANONYMOUS,
        AUTHENTICATED,
        ADMIN
    }

    /** A route's handler. */
    @FunctionalInterface
    interface Handler {
        void handle(SimExchange exchange);
    }

    /** One route; {@code hiddenReason} is set when the server serves it but its spec does not list it. */
    record Route(String method, String template, Access access, Handler handler, Pattern pattern,
            List<String> names, @Nullable String hiddenReason) {
    }

    /** A matched route with its path variables. */
    record Match(Route route, Map<String, String> vars) {
    }

    private final List<Route> routes = new ArrayList<>();

    void add(String method, String template, Access access, Handler handler) {
        add(method, template, access, handler, null);
    }

    void addHidden(String method, String template, Access access, Handler handler, String reason) {
        add(method, template, access, handler, reason);
    }

    private void add(String method, String template, Access access, Handler handler, @Nullable String hidden) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\w+)\\}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Route(method, template, access, handler,
                Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), names, hidden));
    }

    /** @return the match, or null; {@link #pathKnown} tells 404 from 405 */
    @Nullable
    Match match(String method, String path) {
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(path);
            if (route.method().equalsIgnoreCase(method) && m.matches()) {
                Map<String, String> vars = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    vars.put(route.names().get(i), m.group(i + 1));
                }
                return new Match(route, vars);
            }
        }
        return null;
    }

    boolean pathKnown(String path) {
        return routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }
}
