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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.Thing;

/**
 * Keeps the stand-in of the openHAB core API ({@code src/openhab-api}) true to openHAB's, member by member.
 * <p>
 * {@code src/openhab-api/SIGNATURES.txt} lists every public and protected type and member of the stand-in, one a
 * line, as {@link ApiSignatures} reads them from the compiled classes with {@code javap}. In the normal build the
 * stand-in is compiled, and the list must be exactly its signatures, so no edit of the stand-in goes unnoticed: after
 * a deliberate change, regenerate it with
 * {@code mvn -B test -Dtest=StandInSignaturesTest -Djellyfin.signatures.update=true} and review the difference.
 * With {@code -Popenhab} the real openHAB core bundles are on the class path instead, and every line of the list must
 * be a signature of theirs, and every abstract member of theirs a line of the list: the stand-in declares nothing
 * openHAB does not, and leaves abstract exactly what openHAB does. Run it against the oldest and the newest openHAB
 * the bundle imports ({@code -Dopenhab.version=5.0.0}, {@code 5.2.1}).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class StandInSignaturesTest {

    private static final Path SIGNATURES = Path.of("src", "openhab-api", "SIGNATURES.txt");
    private static final String UPDATE_PROPERTY = "jellyfin.signatures.update";
    private static final String SEPARATOR = " :: ";

    /**
     * Members whose declaration changed within openHAB 5 without changing the compiled method: the stand-in keeps
     * the older form, which code for every 5.x can use; a newer openHAB must then have the newer form.
     */
    private static final Map<String, String> LATER_FORMS = Map.of(
            "org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService :: public "
                    + "org.openhab.core.thing.binding.ThingHandler getThingHandler() [@Nullable return]",
            "org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService :: public "
                    + "T getThingHandler() [@Nullable return]");

    @Test
    void whenTheStandInIsCompiledThenItsSignaturesAreTheCheckedInList() throws IOException {
        Path classes = codeSource(Thing.class);
        assumeTrue(Files.isDirectory(classes), "the real openHAB core is on the class path (-Popenhab)");

        List<String> compiled = lines(ApiSignatures.of(List.of(classes), standInClasses(classes)));
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.write(SIGNATURES, compiled, StandardCharsets.UTF_8);
            return;
        }
        List<String> listed = Files.readAllLines(SIGNATURES, StandardCharsets.UTF_8);
        assertEquals(listed, compiled, () -> "The stand-in's signatures differ from " + SIGNATURES + ".\nOnly in the "
                + "list:\n  " + difference(listed, compiled) + "\nOnly in the stand-in:\n  "
                + difference(compiled, listed) + "\nIf the change is meant (and matches openHAB), regenerate the "
                + "list with -D" + UPDATE_PROPERTY + "=true and check it with -Popenhab.");
    }

    @Test
    void whenRealOpenhabIsOnTheClassPathThenItHasEveryListedSignatureAndNoOtherAbstractOne() throws Exception {
        Path coreLocation = codeSource(Thing.class);
        assumeTrue(!Files.isDirectory(coreLocation), "the stand-in is compiled (run with -Popenhab for this check)");

        List<String> listed = Files.readAllLines(SIGNATURES, StandardCharsets.UTF_8);
        Set<String> classNames = listed.stream().map(line -> line.substring(0, line.indexOf(SEPARATOR)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Path> classPath = new LinkedHashSet<>();
        for (String className : classNames) {
            classPath.add(codeSource(Class.forName(className, false, getClass().getClassLoader())));
        }
        TreeMap<String, List<String>> real = ApiSignatures.of(classPath, classNames);
        Set<String> realLines = new TreeSet<>(lines(real));

        List<String> missing = new ArrayList<>();
        for (String line : listed) {
            String later = LATER_FORMS.get(line);
            if (!realLines.contains(line) && (later == null || !realLines.contains(later))) {
                missing.add(line);
            }
        }
        Set<String> listedOrLater = new TreeSet<>(listed);
        listed.stream().map(LATER_FORMS::get).filter(l -> l != null).forEach(listedOrLater::add);
        List<String> abstractOnlyReal = realLines.stream().filter(line -> line.contains(" abstract ")
                && !isTypeDeclaration(line) && !listedOrLater.contains(line)).toList();

        assertTrue(missing.isEmpty() && abstractOnlyReal.isEmpty(),
                () -> "openHAB " + classPath + " differs from the stand-in.\nListed, but not openHAB's:\n  "
                        + String.join("\n  ", missing) + "\nAbstract in openHAB, not in the stand-in:\n  "
                        + String.join("\n  ", abstractOnlyReal));
    }

    private static boolean isTypeDeclaration(String line) {
        String declaration = line.substring(line.indexOf(SEPARATOR) + SEPARATOR.length());
        return Stream.of(" class ", " interface ", " enum ").anyMatch(declaration::contains)
                && !declaration.contains("(");
    }

    private static List<String> standInClasses(Path classes) throws IOException {
        Path core = classes.resolve("org/openhab/core");
        try (Stream<Path> files = Files.walk(core)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> !name.endsWith("package-info")).sorted().toList();
        }
    }

    private static List<String> lines(TreeMap<String, List<String>> signatures) {
        List<String> all = new ArrayList<>();
        signatures.values().forEach(all::addAll);
        return all;
    }

    private static String difference(List<String> these, List<String> without) {
        Set<String> others = Set.copyOf(without);
        return these.stream().filter(line -> !others.contains(line)).collect(Collectors.joining("\n  "));
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type, e);
        }
    }
}
