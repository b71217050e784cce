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
package org.openhab.binding.jellyfin.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.simulator.Dialect;

/**
 * The probe's command line: what to connect to and how to print.
 *
 * @param server the real server's address, or null for the embedded simulator and its demo
 * @param dialect the simulator's dialect (demo only)
 * @param credentials the bridge's authentication parameters for a real server (token, userName, password, userId)
 * @param insecure whether the server's TLS certificate is not checked
 * @param json one JSON object per line instead of the table
 * @param verbose DEBUG logging on stderr
 * @param stay after the demo, keep following until {@code quit} or the end of the input
 * @param extraThings things to start under the bridge: "type:id[,key=value...]"
 * @param help whether only the usage was asked for
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
record ProbeOptions(@Nullable ServerAddress server, Dialect dialect, Map<String, Object> credentials,
        boolean insecure, boolean json, boolean verbose, boolean stay, List<String> extraThings, boolean help) {

    static final Dialect DEFAULT_DIALECT = Dialect.JELLYFIN_12_0;

    static final String USAGE = """
            usage: JellyfinProbe [options]
              Runs the binding's handlers against the embedded simulator (a short demo), or against a real
              server with --server. Reads lines from standard input (see below).

              --server URL        follow a real server, e.g. http://192.168.1.5:8096 or https://media.example/jellyfin
              --token TOKEN       API key of the server (with --server)
              --user NAME         log in as this user instead (with --server)
              --password SECRET   the user's password (with --user)
              --user-id ID        user for watched marks when logging in with an API key
              --insecure          do not check the server's TLS certificate
              --dialect ID        simulator dialect for the demo: %s (default %s)
              --stay              after the demo, keep following until 'quit' or the end of the input
              --thing TYPE:ID[,key=value...]
                                  also start a thing of this type under the bridge (types: the binding's own)
              --json              one JSON object per line (status, state, trigger) instead of the table
              --verbose           DEBUG logging on stderr (default WARN)
              --help              this text

            input lines:
              command <thingUID> <channelId> <command>   e.g. command jellyfin:client:demo:living-room-tv volume 35
              action <thingUID> <actionName> <args...>   e.g. action jellyfin:client:demo:living-room-tv seek 120
              thing <typeId> <id> [key=value...]         start a thing under the bridge
              await <thingUID> [<channelId> <state>]     wait until the thing is ONLINE or the channel shows the state
              quit
            exit codes: 0 done, 1 the demo did not go as expected, 2 bad arguments,
                        3 the server is unreachable or refused the credentials at start
            """.formatted(Arrays.stream(Dialect.values()).map(Dialect::id).collect(Collectors.joining(", ")),
            DEFAULT_DIALECT.id());

    /** The command line is not usable; the message says why. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Without the credentials' values. */
    @Override
    public String toString() {
        return "ProbeOptions[server=" + server + ", dialect=" + dialect + ", credentials=" + credentials.keySet()
                + ", insecure=" + insecure + ", json=" + json + ", verbose=" + verbose + ", stay=" + stay
                + ", extraThings=" + extraThings + "]";
    }

    boolean demo() {
        return server == null;
    }

    static ProbeOptions parse(String... args) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> things = new ArrayList<>();
        boolean json = false;
        boolean verbose = false;
        boolean stay = false;
        boolean insecure = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--json" -> json = true;
                case "--verbose" -> verbose = true;
                case "--stay" -> stay = true;
                case "--insecure" -> insecure = true;
                case "--help", "-h" -> help = true;
                case "--server", "--token", "--user", "--password", "--user-id", "--dialect", "--thing" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException(arg + " needs a value");
                    }
                    String value = args[++i];
                    if ("--thing".equals(arg)) {
                        things.add(value);
                    } else if (values.put(arg, value) != null) {
                        throw new UsageException(arg + " is given twice");
                    }
                }
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        String url = values.get("--server");
        ServerAddress server = url == null ? null : ServerAddress.parse(url);
        Map<String, Object> credentials = credentials(values, server != null);
        Dialect dialect = DEFAULT_DIALECT;
        String dialectId = values.get("--dialect");
        if (dialectId != null) {
            if (server != null) {
                throw new UsageException("--dialect chooses the simulator and cannot be used with --server");
            }
            try {
                dialect = Dialect.byId(dialectId);
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown dialect " + dialectId + "; known: "
                        + Arrays.stream(Dialect.values()).map(Dialect::id).collect(Collectors.joining(", ")));
            }
        }
        for (String thing : things) {
            ExtraThing.parse(thing);
        }
        return new ProbeOptions(server, dialect, credentials, insecure, json, verbose, stay, List.copyOf(things),
                help);
    }

    private static Map<String, Object> credentials(Map<String, String> values, boolean withServer)
            throws UsageException {
        String token = values.get("--token");
        String user = values.get("--user");
        String password = values.get("--password");
        String userId = values.get("--user-id");
        boolean anyGiven = token != null || user != null || password != null || userId != null;
        if (!withServer) {
            if (anyGiven) {
                throw new UsageException("--token, --user, --password and --user-id need --server");
            }
            return Map.of();
        }
        if (token == null && user == null) {
            throw new UsageException("--server needs --token or --user");
        }
        if (password != null && user == null) {
            throw new UsageException("--password needs --user");
        }
        Map<String, Object> credentials = new LinkedHashMap<>();
        if (token != null) {
            credentials.put("token", token);
        }
        if (user != null) {
            credentials.put("userName", user);
            credentials.put("password", password == null ? "" : password);
        }
        if (userId != null) {
            credentials.put("userId", userId);
        }
        return credentials;
    }
}
