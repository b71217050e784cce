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
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Describes a simulated client before it appears as a session:
 * {@code sim.newClient("Living Room").user("bob").app("Jellyfin Android TV").deviceId("tv-1").add()}.
 * Defaults: user alice, app "Jellyfin Web", device id derived from the name, controllable with
 * {@link SimSession#DEFAULT_COMMANDS}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ClientSpec {
    private final Function<ClientSpec, SimClient> creator;
    final String deviceName;
    @Nullable
    String userName = SimAccounts.ADMIN_NAME;
    String client = "Jellyfin Web";
    String deviceId;
    String appVersion = "10.10.7";
    boolean controllable = true;
    List<String> commands = SimSession.DEFAULT_COMMANDS;
    final List<String> additionalUsers = new ArrayList<>();

    ClientSpec(String deviceName, Function<ClientSpec, SimClient> creator) {
        this.deviceName = deviceName;
        this.deviceId = "device-" + SimJson.guid(deviceName).substring(0, 12);
        this.creator = creator;
    }

    public ClientSpec user(String userName) {
        this.userName = userName;
        return this;
    }

    /** A session without a user (a DLNA renderer, an API key's session): Jellyfin writes the empty GUID as UserId. */
    public ClientSpec noUser() {
        this.userName = null;
        return this;
    }

    /**
     * Another user who joined the session (SessionInfo.AdditionalUsers, e.g. added on a shared TV): the session is
     * also theirs, so a user who is not an administrator sees it too.
     */
    public ClientSpec alsoWatching(String userName) {
        this.additionalUsers.add(userName);
        return this;
    }

    /** The client application name (SessionInfo.Client). */
    public ClientSpec app(String client) {
        this.client = client;
        return this;
    }

    public ClientSpec appVersion(String appVersion) {
        this.appVersion = appVersion;
        return this;
    }

    public ClientSpec deviceId(String deviceId) {
        this.deviceId = deviceId;
        return this;
    }

    /** A client that does not accept remote control (SupportsRemoteControl false, no commands). */
    public ClientSpec notControllable() {
        this.controllable = false;
        this.commands = List.of();
        return this;
    }

    public ClientSpec commands(String... commands) {
        this.commands = Arrays.asList(commands);
        return this;
    }

    /** Creates the session (an immediate {@code Sessions} push). */
    public SimClient add() {
        return creator.apply(this);
    }
}
