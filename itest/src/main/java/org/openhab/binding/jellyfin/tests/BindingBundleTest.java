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
package org.openhab.binding.jellyfin.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.type.ChannelType;
import org.openhab.core.thing.type.ChannelTypeRegistry;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.thing.type.ThingType;
import org.openhab.core.thing.type.ThingTypeRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The binding's jar, installed unchanged, resolves and starts; Declarative Services activates its handler factory;
 * openHAB's own XML reader has read its thing and channel descriptors, with labels from its i18n file.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@ExtendWith(ResultLines.class)
public class BindingBundleTest {

    private static final String FACTORY = "org.openhab.binding.jellyfin.internal.JellyfinHandlerFactory";
    private static final Pattern CHANNEL_TYPE = Pattern.compile("<channel-type id=\"([^\"]+)\"");

    @Test
    void theBundleResolvesAndIsActive() {
        Bundle binding = Framework.bindingBundle();

        assertEquals(Bundle.ACTIVE, binding.getState(), "state of " + binding.getLocation());
        BundleWiring wiring = binding.adapt(BundleWiring.class);
        assertNotNull(wiring, "the bundle is resolved");
        Set<String> wiredPackages = wiring.getRequiredWires("osgi.wiring.package").stream()
                .map(wire -> (String) wire.getCapability().getAttributes().get("osgi.wiring.package"))
                .collect(Collectors.toSet());
        assertTrue(wiredPackages.containsAll(Set.of("org.openhab.core.thing", "org.openhab.core.io.net.http",
                "org.eclipse.jetty.websocket.client", "com.google.gson")), "imports wired: " + wiredPackages);
    }

    @Test
    void declarativeServicesActivatesTheHandlerFactory() {
        Bundle binding = Framework.bindingBundle();
        ServiceComponentRuntime scr = Framework.service(ServiceComponentRuntime.class);
        ComponentDescriptionDTO factory = scr.getComponentDescriptionDTO(binding, FACTORY);
        assertNotNull(factory, "component " + FACTORY + " declared in OSGI-INF");

        // openHAB's ThingManager takes every ThingHandlerFactory service as it appears, which activates it
        Framework.awaitCondition(() -> FACTORY + " active; now " + states(scr, factory),
                () -> scr.getComponentConfigurationDTOs(factory).stream()
                        .anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE));
        ServiceReference<?>[] factories = binding.getRegisteredServices();
        assertNotNull(factories);
        assertTrue(java.util.Arrays.stream(factories).anyMatch(
                ref -> java.util.Arrays.asList((String[]) ref.getProperty("objectClass"))
                        .contains(ThingHandlerFactory.class.getName())),
                "the bundle registers a ThingHandlerFactory");
    }

    @Test
    void openHabListsTheThreeThingTypesWithLabelsFromTheTranslations() throws IOException {
        Properties i18n = translations();
        ThingTypeRegistry registry = Framework.service(ThingTypeRegistry.class);

        Framework.awaitCondition("the binding's thing types listed",
                () -> registry.getThingTypes(ServerScene.BINDING).size() >= 3);
        Set<String> ids = new TreeSet<>();
        for (ThingType type : registry.getThingTypes(ServerScene.BINDING, Locale.ENGLISH)) {
            ids.add(type.getUID().getId());
            assertEquals(i18n.getProperty("thing-type.jellyfin." + type.getUID().getId() + ".label"),
                    type.getLabel(), "label of " + type.getUID());
            assertEquals(i18n.getProperty("thing-type.jellyfin." + type.getUID().getId() + ".description"),
                    type.getDescription(), "description of " + type.getUID());
        }
        assertEquals(Set.of("server", "client", "reporter"), ids);
        assertTrue(registry.getThingType(ServerScene.SERVER) instanceof org.openhab.core.thing.type.BridgeType,
                "server is a bridge type");
    }

    @Test
    void openHabListsEveryChannelTypeOfTheDescriptorsWithLabelsFromTheTranslations() throws IOException {
        Properties i18n = translations();
        Set<String> declared = declaredChannelTypes();
        ChannelTypeRegistry registry = Framework.service(ChannelTypeRegistry.class);

        Framework.awaitCondition("the binding's channel types listed", () -> registry.getChannelTypes().stream()
                .filter(t -> ServerScene.BINDING.equals(t.getUID().getBindingId())).count() >= declared.size());
        Set<String> listed = registry.getChannelTypes(Locale.ENGLISH).stream()
                .filter(t -> ServerScene.BINDING.equals(t.getUID().getBindingId())).map(t -> t.getUID().getId())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, listed);
        for (String id : declared) {
            ChannelType type = registry.getChannelType(new ChannelTypeUID(ServerScene.BINDING, id), Locale.ENGLISH);
            assertNotNull(type, id);
            String label = i18n.getProperty("channel-type.jellyfin." + id + ".label");
            assertNotNull(label, "translation of the label of " + id);
            assertEquals(label, type.getLabel(), "label of channel type " + id);
        }
    }

    /** The states of a component's configurations, with the references each still waits for. */
    private static String states(ServiceComponentRuntime scr, ComponentDescriptionDTO component) {
        return scr.getComponentConfigurationDTOs(component).stream()
                .map(c -> "state " + c.state + ", unsatisfied "
                        + java.util.Arrays.stream(c.unsatisfiedReferences).map(r -> r.name + " " + r.target).toList())
                .toList() + "; components that failed to activate: "
                + scr.getComponentDescriptionDTOs().stream().flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                        .filter(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION)
                        .map(c -> c.description.name + ": " + String.valueOf(c.failure).lines().findFirst().orElse(""))
                        .toList();
    }

    /** The channel type ids in the bundle's OH-INF/thing descriptors. */
    private static Set<String> declaredChannelTypes() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (URL descriptor : Collections.list(Framework.bindingBundle().findEntries("OH-INF/thing", "*.xml", false))) {
            try (InputStream in = descriptor.openStream()) {
                Matcher m = CHANNEL_TYPE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        assertFalse(ids.isEmpty(), "channel types in OH-INF/thing");
        return ids;
    }

    /** The bundle's OH-INF/i18n/jellyfin.properties. */
    static Properties translations() throws IOException {
        URL file = Framework.bindingBundle().getEntry("OH-INF/i18n/jellyfin.properties");
        assertNotNull(file, "OH-INF/i18n/jellyfin.properties in the bundle");
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
