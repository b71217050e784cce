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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.internal.handler.ServerBridgeHandler;
import org.openhab.binding.jellyfin.internal.live.SessionSnapshot;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Offers the server's playback sessions as client things, from the bridge's live sessions.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = ClientDiscoveryService.class)
public class ClientDiscoveryService extends AbstractThingHandlerDiscoveryService<ServerBridgeHandler> {

    public ClientDiscoveryService() {
        super(ServerBridgeHandler.class, Set.of(THING_TYPE_CLIENT), 5, true);
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
        ClientDiscoveryRules rules = thingHandler.discoveryRules();
        ThingUID bridgeUID = thingHandler.getThing().getUID();
        for (SessionState session : snapshot.sessions()) {
            if (!rules.offers(session)) {
                continue;
            }
            ThingUID uid = new ThingUID(THING_TYPE_CLIENT, bridgeUID,
                    ClientDiscoveryRules.thingId(session.deviceId()));
            String label = session.deviceName().isBlank() ? session.client()
                    : session.deviceName() + " (" + session.client() + ")";
            thingDiscovered(DiscoveryResultBuilder.create(uid).withBridge(bridgeUID).withLabel(label)
                    .withProperty(CONFIG_DEVICE_ID, session.deviceId())
                    .withProperty(PROPERTY_DEVICE_NAME, session.deviceName())
                    .withProperty(PROPERTY_CLIENT, session.client()).withRepresentationProperty(CONFIG_DEVICE_ID)
                    .build());
        }
    }
}
