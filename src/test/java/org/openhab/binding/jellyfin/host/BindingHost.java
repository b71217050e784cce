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
package org.openhab.binding.jellyfin.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.binding.jellyfin.internal.JellyfinBindingConstants;
import org.openhab.binding.jellyfin.internal.JellyfinHandlerFactory;
import org.openhab.binding.jellyfin.internal.live.Backoff;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.io.net.http.WebSocketFactory;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Runs the binding's own handler factory and handlers outside openHAB: real Jetty clients (as openHAB's factories
 * hand them out), an in-memory storage, things built from the binding's descriptors, and a recording callback. Used
 * by the end-to-end tests and by the probe.
 * <p>
 * The factory is activated with a {@link ServiceRegistry}'s component context, as Declarative Services activates it
 * in openHAB, and every handler comes from its {@code registerHandler}: the handlers' services (rule actions, client
 * discovery) are registered there and found through {@link #services()}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class BindingHost implements AutoCloseable {

    private final RecordingCallback callback = new RecordingCallback();
    private final ThingHost host = new ThingHost(callback);
    private final Descriptors descriptors = Descriptors.load();
    private final InMemoryStorageService storage;
    private final HttpClient commonHttpClient;
    private final List<HttpClient> createdClients = new ArrayList<>();
    private final ServiceRegistry services = new ServiceRegistry();
    private final Factory factory;

    public BindingHost() {
        this(new InMemoryStorageService());
    }

    /**
     * @param storage the storage, e.g. one over the backing map of an earlier host to simulate a restart
     */
    public BindingHost(InMemoryStorageService storage) {
        this.storage = storage;
        this.commonHttpClient = startedHttpClient(new SslContextFactory.Client());
        HttpClientFactory httpClientFactory = ClientFactories.http(commonHttpClient, this::track);
        WebSocketFactory webSocketFactory = ClientFactories.webSocket(this::track);
        this.factory = new Factory(httpClientFactory, webSocketFactory, storage);
        factory.start(services);
    }

    /**
     * The binding's factory as Declarative Services runs it: activated (DS calls the protected {@code activate}
     * itself), and able to give one bridge a backoff of the test's (else the standard one).
     */
    private static final class Factory extends JellyfinHandlerFactory {
        private final Map<ThingUID, Backoff> backoffs = new ConcurrentHashMap<>();

        Factory(HttpClientFactory httpClientFactory, WebSocketFactory webSocketFactory, StorageService storage) {
            super(httpClientFactory, webSocketFactory, storage);
        }

        void start(ServiceRegistry registry) {
            activate(registry.componentContext());
        }

        void stop(ServiceRegistry registry) {
            deactivate(registry.componentContext());
        }

        @Override
        protected Backoff backoff(Bridge bridge) {
            Backoff given = backoffs.get(bridge.getUID());
            return given != null ? given : super.backoff(bridge);
        }
    }

    private synchronized HttpClient track(HttpClient client) {
        createdClients.add(client);
        return client;
    }

    private static HttpClient startedHttpClient(SslContextFactory ssl) {
        HttpClient client = new HttpClient(ssl);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the HTTP client", e);
        }
        return client;
    }

    public RecordingCallback callback() {
        return callback;
    }

    public ThingHost things() {
        return host;
    }

    public Descriptors descriptors() {
        return descriptors;
    }

    public InMemoryStorageService storage() {
        return storage;
    }

    public JellyfinHandlerFactory factory() {
        return factory;
    }

    /** The services the factory registered for the handlers (rule actions, client discovery). */
    public ServiceRegistry services() {
        return services;
    }

    /** Creates and starts a {@code server} bridge with this configuration. */
    public Bridge startBridge(String id, Map<String, Object> config) {
        Bridge bridge = descriptors.bridge(JellyfinBindingConstants.THING_TYPE_SERVER, id, config);
        host.start(bridge, factory);
        return bridge;
    }

    /**
     * Creates and starts a {@code server} bridge whose connection attempts wait as the given backoff says (the
     * factory's bridges use the standard one), with the same clients and storage as the factory's.
     */
    public Bridge startBridge(String id, Map<String, Object> config, Backoff backoff) {
        Bridge bridge = descriptors.bridge(JellyfinBindingConstants.THING_TYPE_SERVER, id, config);
        factory.backoffs.put(bridge.getUID(), backoff);
        host.start(bridge, factory);
        return bridge;
    }

    /** Creates and starts a thing of the given type under a bridge. */
    public Thing startThing(ThingTypeUID type, ThingUID bridgeUID, String id, Map<String, Object> config) {
        Thing thing = descriptors.thing(type, bridgeUID, id, config);
        host.start(thing, factory);
        return thing;
    }

    /** Starts a thing that was created elsewhere (e.g. accepted from discovery). */
    public Thing start(Thing thing) {
        host.start(thing, factory);
        return thing;
    }

    @Override
    public void close() {
        host.close();
        factory.stop(services);
        try {
            commonHttpClient.stop();
        } catch (Exception e) {
            // closing: nothing more to do
        }
        List<HttpClient> created;
        synchronized (this) {
            created = List.copyOf(createdClients);
        }
        for (HttpClient client : created) {
            try {
                client.stop();
            } catch (Exception e) {
                // closing: nothing more to do
            }
        }
    }
}
