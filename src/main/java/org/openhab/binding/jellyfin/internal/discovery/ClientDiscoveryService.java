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
package org.openhab.binding.jellyfin.internal.discovery;

import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.api.ClientIdentity;
import org.openhab.binding.jellyfin.internal.handler.ServerBridgeHandler;
import org.openhab.binding.jellyfin.internal.live.SessionSnapshot;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Offers the server's playback sessions as client things, from the bridge's live sessions: never the binding's own
 * sessions (its bridge, its reporters), never a session without a device id, and only the client applications the
 * bridge configuration asks for.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = ClientDiscoveryService.class)
public class ClientDiscoveryService extends AbstractThingHandlerDiscoveryService<ServerBridgeHandler> {

    /** How long a scan may take, in seconds; it only reads the bridge's current sessions. */
    private static final int SCAN_TIMEOUT_SECONDS = 5;

    public ClientDiscoveryService() {
        super(ServerBridgeHandler.class, Set.of(THING_TYPE_CLIENT), SCAN_TIMEOUT_SECONDS, true);
    }

    @Override
    public void initialize() {
        thingHandler.addDiscoveryService(this);
        super.initialize();
    }

    @Override
    public void dispose() {
        super.dispose();
        thingHandler.removeDiscoveryService(this);
    }

    @Override
    protected void startScan() {
        sessionsChanged(thingHandler.currentSnapshot());
        removeOlderResults(getTimestampOfLastScan(), thingHandler.getThing().getUID());
    }

    /** Offers the sessions of a snapshot; called by the bridge with every change. */
    public void sessionsChanged(SessionSnapshot snapshot) {
        String filter = thingHandler.clientDiscoveryFilter();
        if (filter == null) {
            return;
        }
        List<String> clients = new ArrayList<>();
        for (String client : filter.split(",")) {
            String name = client.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                clients.add(name);
            }
        }
        ThingUID bridgeUID = thingHandler.getThing().getUID();
        for (SessionState session : snapshot.sessions()) {
            if (session.deviceId().isBlank() || ClientIdentity.DEFAULT_CLIENT.equals(session.client())
                    || (!clients.isEmpty() && !clients.contains(session.client().trim().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            ThingUID uid = new ThingUID(THING_TYPE_CLIENT, bridgeUID, thingId(session.deviceId()));
            String label = session.deviceName().isBlank() ? session.client()
                    : session.deviceName() + " (" + session.client() + ")";
            thingDiscovered(DiscoveryResultBuilder.create(uid).withBridge(bridgeUID).withLabel(label)
                    .withProperty(CONFIG_DEVICE_ID, session.deviceId())
                    .withProperty(PROPERTY_DEVICE_NAME, session.deviceName())
                    .withProperty(PROPERTY_CLIENT, session.client()).withRepresentationProperty(CONFIG_DEVICE_ID)
                    .build());
        }
    }

    /**
     * A thing id for a device id: device ids may hold any character and be long (base64 of a user agent), while a
     * thing id is made of letters, digits, '-' and '_'.
     */
    static String thingId(String deviceId) {
        String cleaned = deviceId.replaceAll("[^A-Za-z0-9_-]", "-");
        if (cleaned.length() <= 48 && cleaned.equals(deviceId)) {
            return cleaned;
        }
        // the start of the cleaned id and a hash of the whole id
        String hash;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deviceId.getBytes(StandardCharsets.UTF_8));
            hash = HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            hash = Integer.toHexString(deviceId.hashCode());
        }
        return cleaned.substring(0, Math.min(24, cleaned.length())) + "-" + hash;
    }
}
