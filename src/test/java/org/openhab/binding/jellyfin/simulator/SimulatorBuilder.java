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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Options of a {@link JellyfinSimulator}; every one has a test-friendly default.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatorBuilder {
    final Dialect dialect;
    String version;
    @Nullable
    Boolean legacyAuthorization;
    boolean strict = true;
    SimClock clock = SimClock.scripted();
    Duration progressStep = Duration.ofSeconds(1);
    Duration userDataBatch = Duration.ofMillis(500);
    int discoveryPort = -1;
    Duration keepAlive = Duration.ofSeconds(60);
    String serverName = "Simulated Server";
    int port;
    boolean tls;

    SimulatorBuilder(Dialect dialect) {
        this.dialect = dialect;
        this.version = dialect.defaultVersion();
    }

    /** The version the server reports and whose rules apply (default: the dialect's). */
    public SimulatorBuilder version(String version) {
        this.version = version;
        return this;
    }

    /** Jellyfin 10.11+: EnableLegacyAuthorization (default true on 10.11, false on 12.0). */
    public SimulatorBuilder legacyAuthorization(boolean enabled) {
        this.legacyAuthorization = enabled;
        return this;
    }

    /**
     * Strict mode (default on): every request is validated against the version's official spec and
     * a non-conformant one is answered 400 and recorded. Off when the specs are not available.
     */
    public SimulatorBuilder strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** Default: {@link SimClock#scripted()}. */
    public SimulatorBuilder clock(SimClock clock) {
        this.clock = clock;
        return this;
    }

    /** How often a playing scripted client reports progress while the clock advances (default 1 s). */
    public SimulatorBuilder progressStep(Duration step) {
        this.progressStep = step;
        return this;
    }

    /** How long UserDataChanged pushes are batched, in real time (default 500 ms). */
    public SimulatorBuilder userDataBatch(Duration batch) {
        this.userDataBatch = batch;
        return this;
    }

    /**
     * The keep-alive period (default 60 s, whole seconds): sent as ForceKeepAlive Data, and a socket
     * that stays silent that long is closed. Tests use a short one to check a client's keep-alive.
     */
    public SimulatorBuilder keepAlive(Duration keepAlive) {
        this.keepAlive = keepAlive;
        return this;
    }

    /** Answers UDP discovery on 127.0.0.1:port (0 = ephemeral); off by default. */
    public SimulatorBuilder discovery(int port) {
        this.discoveryPort = port;
        return this;
    }

    public SimulatorBuilder serverName(String name) {
        this.serverName = name;
        return this;
    }

    /** Listens on this TCP port instead of an ephemeral one, e.g. to start the server after a client. */
    public SimulatorBuilder port(int port) {
        this.port = port;
        return this;
    }

    /**
     * Serves HTTPS and WSS with a self-signed certificate for {@code jellyfin.invalid} (not for 127.0.0.1), from
     * the test keystore {@code simulator/self-signed.p12}: a client that checks certificates refuses it.
     */
    public SimulatorBuilder selfSignedTls() {
        this.tls = true;
        return this;
    }

    public JellyfinSimulator start() {
        try {
            return new JellyfinSimulator(this);
        } catch (Exception e) {
            throw new IllegalStateException("the simulator did not start", e);
        }
    }
}
