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
package org.openhab.binding.jellyfin.corebehaviour;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.ServiceRegistry;
import org.openhab.binding.jellyfin.host.TestThings;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;

/**
 * How a handler factory registers handlers and their services: only once Declarative Services has activated it, and
 * through the OSGi service registry, as openHAB's {@code BaseThingHandlerFactory} does.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class HandlerFactoryTest {

    private static final ThingTypeUID WITH_ACTIONS = new ThingTypeUID("jellyfin", "with-actions");
    private static final ThingTypeUID PLAIN = new ThingTypeUID("jellyfin", "plain");

    /** Rule actions that note what happened to them. */
    public static class SampleActions implements ThingActions {
        final List<String> calls = new CopyOnWriteArrayList<>();
        private @Nullable ThingHandler handler;

        @Override
        public void setThingHandler(ThingHandler handler) {
            this.handler = handler;
            calls.add("handler");
        }

        @Override
        public @Nullable ThingHandler getThingHandler() {
            return handler;
        }

        @Override
        public void initialize() {
            calls.add("initialize");
        }

        @Override
        public void dispose() {
            calls.add("dispose");
        }
    }

    static class SampleHandler extends BaseThingHandler {
        private final boolean withActions;

        SampleHandler(Thing thing, boolean withActions) {
            super(thing);
            this.withActions = withActions;
        }

        @Override
        public void initialize() {
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public Collection<Class<? extends ThingHandlerService>> getServices() {
            return withActions ? List.of(SampleActions.class) : List.of();
        }
    }

    static class SampleFactory extends BaseThingHandlerFactory {
        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return WITH_ACTIONS.equals(thingTypeUID) || PLAIN.equals(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            return new SampleHandler(thing, WITH_ACTIONS.equals(thing.getThingTypeUID()));
        }

        /** What Declarative Services does when the component is satisfied. */
        void activatedBy(ServiceRegistry registry) {
            activate(registry.componentContext());
        }
    }

    private final SampleFactory factory = new SampleFactory();
    private final ServiceRegistry registry = new ServiceRegistry();
    private final Thing withActions = TestThings.thing(WITH_ACTIONS, null, "a", Map.of());
    private final Thing plain = TestThings.thing(PLAIN, null, "b", Map.of());

    @Test
    void whenTheFactoryWasNotActivatedThenAHandlerWithServicesCannotBeRegistered() {
        assertThrows(NullPointerException.class, () -> factory.registerHandler(withActions));
    }

    @Test
    void whenTheFactoryWasNotActivatedThenAHandlerWithoutServicesIsStillRegistered() {
        assertInstanceOf(SampleHandler.class, factory.registerHandler(plain));
    }

    @Test
    void whenTheFactoryWasNotActivatedThenItCreatesNoThing() {
        assertThrows(IllegalStateException.class,
                () -> factory.createThing(PLAIN, new Configuration(), null, null));
    }

    @Test
    void whenAHandlerIsRegisteredThenItsServicesAreRegisteredUnderTheirInterfacesAndInitialized() {
        factory.activatedBy(registry);
        ThingHandler handler = factory.registerHandler(withActions);

        List<ServiceRegistry.Registration> registrations = registry.registrations();
        assertEquals(1, registrations.size());
        assertEquals(List.of(ThingActions.class.getName()), registrations.get(0).names(),
                "registered under its interfaces but ThingHandlerService itself");
        SampleActions actions = (SampleActions) registrations.get(0).service();
        assertSame(handler, actions.getThingHandler());
        assertEquals(List.of("handler", "initialize"), actions.calls);
    }

    @Test
    void whenAHandlerIsUnregisteredThenItsServicesAreDisposedAndUnregistered() {
        factory.activatedBy(registry);
        ThingHandler handler = factory.registerHandler(withActions);
        withActions.setHandler(handler);
        SampleActions actions = (SampleActions) registry.services(ThingActions.class).get(0);

        factory.unregisterHandler(withActions);

        assertEquals(List.of("handler", "initialize", "dispose"), actions.calls);
        assertEquals(List.of(), registry.registrations());
    }
}
