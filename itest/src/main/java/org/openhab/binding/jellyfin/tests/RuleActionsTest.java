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

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhab.binding.jellyfin.simulator.Dialect;
import org.openhab.binding.jellyfin.simulator.Req;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.handler.ActionHandler;
import org.openhab.core.automation.handler.ModuleHandler;
import org.openhab.core.automation.handler.ModuleHandlerFactory;
import org.openhab.core.automation.type.ActionType;
import org.openhab.core.automation.type.ModuleType;
import org.openhab.core.automation.type.ModuleTypeRegistry;
import org.openhab.core.automation.util.ModuleBuilder;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The client thing's rule actions are registered in openHAB's automation (module types {@code jellyfin.*}, with
 * labels from the binding's translations) and are callable both as a rule's action module and on the ThingActions
 * service, as a rule script calls them; each call reaches the simulated server.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@ExtendWith(ResultLines.class)
public class RuleActionsTest {

    private static final Set<String> ACTIONS = Set.of("markPlayed", "markUnplayed", "sendMessage", "playItems", "seek",
            "sendCommand");

    private EventLog events;

    @BeforeEach
    void subscribe() {
        events = EventLog.open();
    }

    @AfterEach
    void unsubscribe() {
        events.close();
    }

    @Test
    void ruleActionsAreRegisteredAndCallable() throws Exception {
        try (ServerScene scene = new ServerScene(Dialect.JELLYFIN_10_11, "actions", 1)) {
            scene.online(events);
            ModuleTypeRegistry moduleTypes = Framework.service(ModuleTypeRegistry.class);

            Framework.awaitCondition("the jellyfin action module types registered",
                    () -> actionNames(moduleTypes.getAll()).containsAll(ACTIONS));
            assertEquals(ACTIONS, actionNames(moduleTypes.getAll()));

            ModuleType markPlayed = jellyfinType(moduleTypes, "markPlayed");
            assertTrue(markPlayed instanceof ActionType);
            Properties i18n = BindingBundleTest.translations();
            assertEquals(i18n.getProperty("action.mark-played.label"),
                    moduleTypes.get(markPlayed.getUID(), Locale.ENGLISH).getLabel(), "label from the translations");

            // as the action module of a rule, with the thing chosen in the module's configuration
            Action action = ModuleBuilder.createAction().withId("mark").withTypeUID(markPlayed.getUID())
                    .withConfiguration(new Configuration(Map.of("config", scene.clientUID.getAsString()))).build();
            ModuleHandlerFactory factory = handlerFactoryFor(markPlayed.getUID());
            ModuleHandler handler = factory.getHandler(action, "itest-rule");
            assertTrue(handler instanceof ActionHandler, "handler " + handler);
            String film = scene.sim.itemId("film-3");
            Map<String, @Nullable Object> outputs = ((ActionHandler) handler).execute(Map.of("itemId", film));
            factory.ungetHandler(action, "itest-rule", handler);
            assertNotNull(outputs);
            assertTrue(outputs.containsValue(Boolean.TRUE), "outputs " + outputs);
            scene.sim.requests().await(Req.post("/UserPlayedItems/{item}"), Framework.WAIT);
            assertTrue(scene.sim.userData("alice", "film-3").played(), "film-3 is watched on the server");

            // on the ThingActions service, as a script's actions.get("jellyfin", thingUID) calls it
            ThingActions actions = thingActions(scene);
            Method markUnplayed = actions.getClass().getMethod("markUnplayed", String.class);
            assertEquals(Boolean.TRUE, markUnplayed.invoke(actions, film));
            scene.sim.requests().await(Req.delete("/UserPlayedItems/{item}"), Framework.WAIT);
            assertFalse(scene.sim.userData("alice", "film-3").played(), "film-3 is no longer watched");
        }
    }

    private static Set<String> actionNames(Collection<ModuleType> types) {
        return types.stream().map(ModuleType::getUID).filter(uid -> uid.startsWith("jellyfin."))
                .map(uid -> uid.substring("jellyfin.".length(), uid.contains("#") ? uid.indexOf('#') : uid.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ModuleType jellyfinType(ModuleTypeRegistry registry, String action) {
        return registry.getAll().stream().filter(t -> t.getUID().startsWith("jellyfin." + action + "#")
                || t.getUID().equals("jellyfin." + action)).findFirst()
                .orElseThrow(() -> new AssertionError("no module type for " + action));
    }

    private static ModuleHandlerFactory handlerFactoryFor(String typeUID) throws InvalidSyntaxException {
        for (ServiceReference<ModuleHandlerFactory> ref : Framework.context()
                .getServiceReferences(ModuleHandlerFactory.class, null)) {
            ModuleHandlerFactory factory = Framework.context().getService(ref);
            if (factory != null && factory.getTypes().contains(typeUID)) {
                return factory;
            }
        }
        throw new AssertionError("no ModuleHandlerFactory handles " + typeUID);
    }

    private static ThingActions thingActions(ServerScene scene) throws InvalidSyntaxException {
        for (ServiceReference<ThingActions> ref : Framework.context().getServiceReferences(ThingActions.class,
                null)) {
            ThingActions actions = Framework.context().getService(ref);
            ThingHandler handler = actions == null ? null : actions.getThingHandler();
            if (handler != null && scene.clientUID.equals(handler.getThing().getUID())) {
                return actions;
            }
        }
        throw new AssertionError("no ThingActions service for " + scene.clientUID);
    }
}
