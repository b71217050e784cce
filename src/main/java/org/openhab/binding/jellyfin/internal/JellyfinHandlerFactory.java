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
package org.openhab.binding.jellyfin.internal;

import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.time.Clock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.handler.ClientHandler;
import org.openhab.binding.jellyfin.internal.handler.ReporterHandler;
import org.openhab.binding.jellyfin.internal.handler.ServerBridgeHandler;
import org.openhab.binding.jellyfin.internal.live.Backoff;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.io.net.http.WebSocketFactory;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates the handlers of the binding's things.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.jellyfin", service = ThingHandlerFactory.class)
public class JellyfinHandlerFactory extends BaseThingHandlerFactory {

    private final HttpClientFactory httpClientFactory;
    private final WebSocketFactory webSocketFactory;
    private final StorageService storageService;

    @Activate
    public JellyfinHandlerFactory(@Reference HttpClientFactory httpClientFactory,
            @Reference WebSocketFactory webSocketFactory, @Reference StorageService storageService) {
        this.httpClientFactory = httpClientFactory;
        this.webSocketFactory = webSocketFactory;
        this.storageService = storageService;
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        ThingTypeUID type = thing.getThingTypeUID();
        if (THING_TYPE_SERVER.equals(type) && thing instanceof Bridge bridge) {
            return new ServerBridgeHandler(bridge, httpClientFactory, webSocketFactory, storageService,
                    backoff(bridge));
        }
        if (THING_TYPE_REPORTER.equals(type)) {
            return new ReporterHandler(thing, Clock.systemDefaultZone());
        }
        if (THING_TYPE_CLIENT.equals(type)) {
            return new ClientHandler(thing, Clock.systemUTC());
        }
        return null;
    }

    /** @return how long a bridge waits between connection attempts (tests shorten it for a bridge) */
    protected Backoff backoff(Bridge bridge) {
        return Backoff.standard();
    }
}
