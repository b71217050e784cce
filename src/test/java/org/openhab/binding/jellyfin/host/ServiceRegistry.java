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

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;

/**
 * The OSGi service registry as a handler factory sees it, for tests that run the factory outside an OSGi framework:
 * a {@link ComponentContext} to activate the factory with (as Declarative Services does), whose
 * {@link BundleContext} keeps every service registered through it until its registration is unregistered. Handler
 * services (rule actions, discovery) are then found here, where openHAB's runtime finds them, instead of being made
 * by the test.
 * <p>
 * Like a framework with no other bundle, the registry offers no service to {@code getServiceReference}: the factory
 * makes each handler service itself.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ServiceRegistry {

    /** One registration: the interface names it was registered under, and the service. */
    public record Registration(List<String> names, Object service) {
    }

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private final BundleContext bundleContext = mock(BundleContext.class);
    private final ComponentContext componentContext = mock(ComponentContext.class);

    public ServiceRegistry() {
        when(componentContext.getBundleContext()).thenReturn(bundleContext);
        when(bundleContext.registerService(any(String[].class), any(), any())).thenAnswer(invocation -> {
            Registration registration = new Registration(List.of(invocation.<String[]> getArgument(0)),
                    invocation.getArgument(1));
            registrations.add(registration);
            ServiceRegistration<?> handle = mock(ServiceRegistration.class);
            doAnswer(unregister -> registrations.remove(registration)).when(handle).unregister();
            return handle;
        });
    }

    /** The component context to activate a component with. */
    public ComponentContext componentContext() {
        return componentContext;
    }

    /** What is registered now. */
    public List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    /**
     * The services registered under the name of a type, as a framework looks them up.
     *
     * @param type the service interface
     * @return the services, in the order they were registered
     */
    public <T> List<T> services(Class<T> type) {
        return registrations.stream().filter(r -> r.names().contains(type.getName())).map(r -> type.cast(r.service()))
                .toList();
    }

    /**
     * The handler service of a thing registered under the name of a type.
     *
     * @param type the service interface, e.g. {@code ThingActions} or {@code DiscoveryService}
     * @param thingUID the thing whose handler the service serves
     * @return the service, or empty when none is registered for the thing
     */
    public <T> Optional<T> service(Class<T> type, ThingUID thingUID) {
        return services(type).stream().filter(s -> s instanceof ThingHandlerService service && servesThing(service,
                thingUID)).findFirst();
    }

    private static boolean servesThing(ThingHandlerService service, ThingUID thingUID) {
        ThingHandler handler = service.getThingHandler();
        return handler != null && thingUID.equals(handler.getThing().getUID());
    }
}
