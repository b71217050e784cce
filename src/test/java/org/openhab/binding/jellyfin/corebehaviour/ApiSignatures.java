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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The public and protected API of compiled classes, one member a line, as {@code javap} prints it: modifiers,
 * generic types, checked exceptions, default and abstract methods, constant values, and the Eclipse nullness
 * annotations ({@code @Nullable}, {@code @NonNull}, {@code @NonNullByDefault}) with where they sit.
 * <p>
 * A line reads {@code <class> :: <declaration> [<annotations>]}, e.g.
 * {@code org.openhab.core.thing.binding.ThingHandler :: public abstract void setCallback(
 * org.openhab.core.thing.binding.ThingHandlerCallback) [@Nullable param0]}. Modifiers that are no part of a caller's
 * contract ({@code synchronized}, {@code volatile}, {@code transient}, {@code native}) and compiler-made members
 * (bridges, synthetic accessors, static initializers) are left out, so the same API compiled by javac (the stand-in)
 * and by Eclipse's compiler (openHAB's build) reads the same.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class ApiSignatures {

    private static final String JDT = "org.eclipse.jdt.annotation.";
    private static final Set<String> IMPLEMENTATION_MODIFIERS = Set.of("synchronized", "volatile", "transient",
            "native", "strictfp");

    private ApiSignatures() {
    }

    /**
     * The signature lines of the given classes, read with {@code javap} from the given class path.
     *
     * @param classPath where the classes are (directories or jars)
     * @param classNames binary names, e.g. {@code org.openhab.core.thing.Thing} or {@code a.b.Outer$Inner}
     * @return the lines per class name, each class's lines sorted
     * @throws IllegalStateException when javap is not available or fails
     */
    static TreeMap<String, List<String>> of(Collection<Path> classPath, Collection<String> classNames) {
        ToolProvider javap = ToolProvider.findFirst("javap")
                .orElseThrow(() -> new IllegalStateException("javap is not available in this JDK"));
        List<String> args = new ArrayList<>(List.of("-protected", "-verbose", "-constants", "-classpath",
                classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
        args.addAll(new TreeSet<>(classNames));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = javap.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javap failed (" + status + "): " + err + out);
        }
        return parse(out.toString());
    }

    /** Splits javap's verbose output into classes and reads each one's declaration and members. */
    static TreeMap<String, List<String>> parse(String javapOutput) {
        TreeMap<String, List<String>> result = new TreeMap<>();
        List<String> chunk = new ArrayList<>();
        for (String line : javapOutput.split("\\R")) {
            if (line.startsWith("Classfile ") && !chunk.isEmpty()) {
                readClass(chunk, result);
                chunk = new ArrayList<>();
            }
            chunk.add(line);
        }
        if (!chunk.isEmpty()) {
            readClass(chunk, result);
        }
        return result;
    }

    private static void readClass(List<String> lines, TreeMap<String, List<String>> result) {
        int i = 1;
        while (i < lines.size() && (lines.get(i).startsWith(" ") || lines.get(i).isEmpty())) {
            i++;
        }
        if (i >= lines.size()) {
            throw new IllegalStateException("no class declaration in javap output: " + lines.get(0));
        }
        String declaration = lines.get(i).strip();
        if (!declaration.startsWith("public ") && !declaration.startsWith("protected ")) {
            return; // a nested class of the implementation, no part of the API
        }
        String className = className(declaration);
        int open = lines.indexOf("{");
        int close = lines.lastIndexOf("}");
        if (open < 0 || close < open) {
            throw new IllegalStateException("no member list in javap output of " + className);
        }
        List<String> signatures = new ArrayList<>();
        // the class's own attributes follow its members, at the left margin
        signatures.add(className + " :: " + normalize(declaration)
                + annotations(lines.subList(close + 1, lines.size()), "", "  "));
        int start = -1;
        for (int j = open + 1; j <= close; j++) {
            String line = lines.get(j);
            boolean memberStart = line.startsWith("  ") && !line.startsWith("   ");
            if ((memberStart || j == close) && start >= 0) {
                String member = member(lines.subList(start, j));
                if (member != null) {
                    signatures.add(className + " :: " + member);
                }
                start = -1;
            }
            if (memberStart) {
                start = j;
            }
        }
        signatures.sort(null);
        result.put(className, signatures);
    }

    /** The binary name in a class declaration line ({@code public final class a.b.C<T> extends ...}). */
    private static String className(String declaration) {
        String[] words = declaration.split("[\\s<]+");
        for (int k = 0; k < words.length - 1; k++) {
            if (Set.of("class", "interface", "enum", "record").contains(words[k])
                    || ("@interface".equals(words[k]))) {
                return words[k + 1];
            }
        }
        throw new IllegalStateException("not a class declaration: " + declaration);
    }

    private static @Nullable String member(List<String> block) {
        String declaration = block.get(0).strip();
        if (declaration.startsWith("static {}")) {
            return null;
        }
        for (String line : block) {
            String stripped = line.strip();
            boolean compilerMade = stripped.contains("ACC_SYNTHETIC") || stripped.contains("ACC_BRIDGE");
            if (line.startsWith("    flags:") && compilerMade) {
                return null;
            }
        }
        if (declaration.endsWith(";")) {
            declaration = declaration.substring(0, declaration.length() - 1);
        }
        return normalize(declaration) + annotationDefault(block) + annotations(block, "    ", "      ");
    }

    /** The default value of an annotation's element, as javap prints it below {@code AnnotationDefault}. */
    private static String annotationDefault(List<String> block) {
        int attribute = block.indexOf("    AnnotationDefault:");
        if (attribute < 0 || attribute + 2 >= block.size()) {
            return "";
        }
        return " default " + block.get(attribute + 2).strip();
    }

    private static String normalize(String declaration) {
        String text = declaration.endsWith("{") ? declaration.substring(0, declaration.length() - 1).strip()
                : declaration;
        return java.util.Arrays.stream(text.split(" ")).filter(word -> !IMPLEMENTATION_MODIFIERS.contains(word))
                .collect(Collectors.joining(" "));
    }

    /**
     * The Eclipse nullness annotations of a member (or class): the entries of its
     * {@code RuntimeInvisible(Type)Annotations} attributes, which javap prints at {@code attributeIndent}, each entry
     * at {@code entryIndent} followed by the annotation's name (and element values) on the lines below it.
     */
    private static String annotations(List<String> block, String attributeIndent, String entryIndent) {
        List<String> found = new ArrayList<>();
        for (int j = 0; j < block.size(); j++) {
            String line = block.get(j);
            boolean typeAnnotations = (attributeIndent + "RuntimeInvisibleTypeAnnotations:").equals(line);
            boolean declarationAnnotations = (attributeIndent + "RuntimeInvisibleAnnotations:").equals(line);
            if (!typeAnnotations && !declarationAnnotations) {
                continue;
            }
            int k = j + 1;
            while (k < block.size() && block.get(k).startsWith(entryIndent)) {
                String entry = block.get(k).strip();
                StringBuilder value = new StringBuilder();
                int m = k + 1;
                while (m < block.size() && block.get(m).startsWith(entryIndent + " ")) {
                    value.append(block.get(m).strip());
                    m++;
                }
                String annotation = value.toString().replace("Lorg/eclipse/jdt/annotation/DefaultLocation;.", "");
                if (annotation.startsWith(JDT)) {
                    String where = typeAnnotations ? " " + target(entry) : "";
                    found.add("@" + annotation.substring(JDT.length()).replace("value=", "") + where);
                }
                k = m;
            }
            j = k - 1;
        }
        found.sort(null);
        return found.isEmpty() ? "" : " " + found;
    }

    /** Where a type annotation sits: {@code return}, {@code param1}, {@code field}, with its type path if any. */
    private static String target(String entry) {
        int colon = entry.indexOf("): ");
        String target = colon >= 0 ? entry.substring(colon + 3) : entry;
        return target.replace("METHOD_RETURN", "return").replace("METHOD_FORMAL_PARAMETER, param_index=", "param")
                .replace("METHOD_RECEIVER", "receiver").replace("FIELD", "field")
                .replace("CLASS_TYPE_PARAMETER_BOUND, param_index=", "typeParameter")
                .replace("METHOD_TYPE_PARAMETER_BOUND, param_index=", "methodTypeParameter")
                .replace(", bound_index=", " bound").replace("THROWS, type_index=", "throws")
                .replace("CLASS_EXTENDS, type_index=", "supertype").replace(", location=", " ");
    }
}
