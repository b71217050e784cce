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
package org.openhab.core.thing.binding;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: base of thing handler factories. Subclasses implement {@link #supportsThingType(ThingTypeUID)} and
 * {@link #createHandler(Thing)}.
 * <p>
 * As in openHAB, the factory works only once Declarative Services has activated it with a {@link ComponentContext}:
 * {@link #registerHandler(Thing)} registers each of the handler's {@link ThingHandler#getServices() services} (rule
 * actions, discovery) as OSGi services through the bundle context, so a factory used before
 * {@link #activate(ComponentContext)} fails with a {@link NullPointerException} for a handler that has services, as
 * openHAB's does. A service is taken from the service registry when one is registered under its class, else made
 * with its public no-argument constructor; it gets its handler, is registered under every interface it implements
 * but {@link ThingHandlerService} itself, and is initialized. {@link #unregisterHandler(Thing)} disposes and
 * unregisters them again. The stand-in knows no thing type registry: {@link #createThing} makes no things.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    private static final String THING_HANDLER_SERVICE = ThingHandlerService.class.getCanonicalName();

    protected @NonNullByDefault({}) BundleContext bundleContext;

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);
    private final Map<ThingUID, Set<RegisteredService<?>>> services = new ConcurrentHashMap<>();
    private boolean activated;

    /**
     * Activates the factory; overriding methods must call it first.
     *
     * @param componentContext the component context
     */
    protected void activate(ComponentContext componentContext) {
        bundleContext = componentContext.getBundleContext();
        activated = true;
    }

    /**
     * Deactivates the factory; overriding methods must call it.
     *
     * @param componentContext the component context
     */
    protected void deactivate(ComponentContext componentContext) {
        services.clear();
        activated = false;
        bundleContext = null;
    }

    protected BundleContext getBundleContext() {
        BundleContext context = this.bundleContext;
        if (context == null) {
            throw new IllegalStateException(
                    "The bundle context is missing (it seems your thing handler factory is used but not active).");
        }
        return context;
    }

    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " could not create a handler for the thing '" + thing.getUID() + "'.");
        }
        if (thing instanceof Bridge && !(handler instanceof BridgeHandler)) {
            throw new IllegalStateException(
                    "Created handler of bridge '" + thing.getUID() + "' must implement the BridgeHandler interface.");
        }
        for (Class<? extends ThingHandlerService> type : handler.getServices()) {
            registerService(handler, type);
        }
        return handler;
    }

    /**
     * Registers a service for the handler, as {@link #registerHandler(Thing)} does for each of its services.
     *
     * @param thingHandler the handler the service is for
     * @param klass the service class, which must implement {@link ThingHandlerService}
     */
    public void registerService(ThingHandler thingHandler, Class<? extends ThingHandlerService> klass) {
        ThingUID thingUID = thingHandler.getThing().getUID();
        if (!ThingHandlerService.class.isAssignableFrom(klass)) {
            logger.warn("Should register service={} for thingUID={}, but it does not implement ThingHandlerService.",
                    klass.getCanonicalName(), thingUID);
            return;
        }
        RegisteredService<?> service = RegisteredService.create(bundleContext, klass);
        if (service == null) {
            logger.warn("Could not register service for class={}", klass.getCanonicalName());
            return;
        }
        service.start(bundleContext, thingHandler, interfaceNames(klass));
        services.computeIfAbsent(thingUID, uid -> ConcurrentHashMap.newKeySet()).add(service);
    }

    private static String[] interfaceNames(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> implemented : c.getInterfaces()) {
                String name = implemented.getCanonicalName();
                if (name != null && !name.equals(THING_HANDLER_SERVICE)) {
                    names.add(name);
                }
            }
        }
        return names.toArray(String[]::new);
    }

    /**
     * Creates the handler of a thing whose type this factory supports.
     *
     * @param thing the thing
     * @return the handler or null
     */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
        }
        Set<RegisteredService<?>> registered = services.remove(thing.getUID());
        if (registered != null) {
            registered.forEach(RegisteredService::stop);
        }
    }

    /**
     * Called when a handler is removed; can be overridden to release resources.
     *
     * @param thingHandler the handler
     */
    protected void removeHandler(ThingHandler thingHandler) {
        // can be overridden
    }

    @Override
    public void removeThing(ThingUID thingUID) {
        // can be overridden
    }

    protected @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration, ThingUID thingUID) {
        return createThing(thingTypeUID, configuration, thingUID, null);
    }

    /**
     * The stand-in knows no thing type registry, so it creates no things from types; like openHAB's, it refuses
     * to work before it is activated.
     */
    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        if (!activated) {
            throw new IllegalStateException(
                    "Base thing handler factory has not been properly initialized. Did you forget to call super.activate()?");
        }
        return null;
    }

    /** One handler service: its instance, where it came from, and its registration. */
    private static final class RegisteredService<T extends ThingHandlerService> {

        private final T instance;
        private final @Nullable ServiceObjects<T> serviceObjects;
        private @Nullable ServiceRegistration<?> registration;

        private RegisteredService(T instance, @Nullable ServiceObjects<T> serviceObjects) {
            this.instance = instance;
            this.serviceObjects = serviceObjects;
        }

        /** Takes the service from the registry if it is there, else makes it; null when it cannot be made. */
        static <T extends ThingHandlerService> @Nullable RegisteredService<T> create(BundleContext context,
                Class<T> type) {
            ServiceReference<T> reference = context.getServiceReference(type);
            if (reference != null) {
                ServiceObjects<T> objects = context.getServiceObjects(reference);
                return new RegisteredService<>(objects.getService(), objects);
            }
            try {
                return new RegisteredService<>(type.getConstructor().newInstance(), null);
            } catch (NoSuchMethodException | SecurityException | InstantiationException | IllegalAccessException
                    | InvocationTargetException e) {
                return null;
            }
        }

        void start(BundleContext context, ThingHandler handler, String[] names) {
            instance.setThingHandler(handler);
            if (names.length > 0) {
                registration = context.registerService(names, instance, null);
            }
            instance.initialize();
        }

        void stop() {
            instance.dispose();
            ServiceRegistration<?> local = registration;
            if (local != null) {
                local.unregister();
            }
            ServiceObjects<T> objects = serviceObjects;
            if (objects != null) {
                objects.ungetService(instance);
            }
        }
    }
}
