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

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.slf4j.Logger;

import si.uom.quantity.DynamicViscosity;
import tech.units.indriya.AbstractUnit;
import tech.uom.lib.common.function.Nameable;

/**
 * openHAB's units are indriya's and si-units' objects: {@link QuantityType} cannot even be loaded without those
 * libraries, and its units are registered in openHAB's system of units.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class UnitLibrariesTest {

    private static final String SI_UNITS = "si.uom.NonSI";

    @Test
    void whenSiUnitsIsMissingThenQuantityTypeCannotBeLoaded() throws Exception {
        Throwable failure = assertThrows(LinkageError.class, () -> loadQuantityType(false));
        assertTrue(chain(failure).contains("si/uom"), () -> "not for si-units: " + chain(failure));
    }

    @Test
    void whenTheUnitLibrariesArePresentThenQuantityTypeIsLoadedAndParses() throws Exception {
        Class<?> quantityType = loadQuantityType(true);
        Method valueOf = quantityType.getMethod("valueOf", String.class);
        Thread.currentThread().setContextClassLoader(quantityType.getClassLoader());
        try {
            assertEquals("120 s", String.valueOf(valueOf.invoke(null, "120 s")));
        } finally {
            Thread.currentThread().setContextClassLoader(UnitLibrariesTest.class.getClassLoader());
        }
    }

    @Test
    void whenUnitsAreAskedForThenTheyAreOpenhabsSystemOfUnits() {
        Set<? extends Unit<?>> units = Units.getInstance().getUnits();
        assertTrue(units.containsAll(List.of(Units.SECOND, Units.MINUTE, Units.PERCENT, Units.ONE)), units::toString);
        assertEquals(AbstractUnit.ONE, Units.ONE);
        assertEquals("Units", Units.getInstance().getName());
    }

    /**
     * Loads openHAB's (or the stand-in's) QuantityType in a class loader of its own that sees the core classes, the
     * units API, indriya (and its common library), si-units' quantities and slf4j, and si-units only if asked to.
     */
    private static Class<?> loadQuantityType(boolean withSiUnits) throws ClassNotFoundException {
        Set<URL> path = new LinkedHashSet<>();
        for (Class<?> type : List.of(QuantityType.class, Unit.class, AbstractUnit.class, Nameable.class, Logger.class,
                DynamicViscosity.class)) {
            path.add(location(type));
        }
        URL siUnits = location(Class.forName(SI_UNITS));
        if (withSiUnits) {
            path.add(siUnits);
        } else {
            path.remove(siUnits);
        }
        ClassLoader loader = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        // indriya finds its number system and formats with the context class loader (as in an OSGi framework)
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return Class.forName(QuantityType.class.getName(), true, loader);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
        } catch (URISyntaxException | java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String chain(@Nullable Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append(" / ");
        }
        return text.toString();
    }
}
