#!/usr/bin/env python3
"""Writes the full-DTO baseline of the benchmarks: Gson classes for SessionInfoDto and everything it
references, one per schema of the official Jellyfin OpenAPI spec, shaped as a generated OpenAPI client
shapes them (every property a field, enums as Java enums, dates as OffsetDateTime).

Usage: python3 src/jmh/generate-dtos.py ../shared/openapi/jellyfin-openapi-10.11.11.json
"""
import json
import keyword
import os
import re
import sys

HEADER = """/**
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
"""
PACKAGE = "org.openhab.binding.jellyfin.benchmark.dto"
JAVA_KEYWORDS = {"abstract", "default", "public", "private", "class", "interface", "enum", "package", "new",
                 "static", "final", "int", "long", "short", "byte", "char", "float", "double", "boolean", "void",
                 "return", "switch", "case", "for", "while", "do", "if", "else", "try", "catch", "throw", "throws"}
ROOT = "SessionInfoDto"


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value.split("/")[-1]
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def field_name(json_name):
    name = json_name[0].lower() + json_name[1:]
    name = re.sub(r"[^A-Za-z0-9_]", "_", name)
    return name + "_" if name in JAVA_KEYWORDS else name


def constant(value):
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", value)
    name = re.sub(r"[^A-Za-z0-9]", "_", name).upper()
    return "_" + name if name[0].isdigit() else name


class Writer:
    def __init__(self, schemas):
        self.schemas = schemas
        self.imports = set()
        self.nested = []

    def java_type(self, prop, owner, json_name):
        if "$ref" in prop:
            return prop["$ref"].split("/")[-1]
        if "allOf" in prop:
            return self.java_type(prop["allOf"][0], owner, json_name)
        kind = prop.get("type")
        fmt = prop.get("format")
        if kind == "array":
            self.imports.add("java.util.List")
            return "List<" + self.java_type(prop["items"], owner, json_name) + ">"
        if kind == "object" or "additionalProperties" in prop:
            if "properties" in prop:
                nested = owner + json_name
                self.nested.append((nested, prop))
                return nested
            self.imports.add("java.util.Map")
            extra = prop.get("additionalProperties")
            value = self.java_type(extra, owner, json_name) if isinstance(extra, dict) else "Object"
            return "Map<String, " + value + ">"
        if kind == "string":
            if fmt == "date-time":
                self.imports.add("java.time.OffsetDateTime")
                return "OffsetDateTime"
            return "String"
        if kind == "integer":
            return "Long" if fmt == "int64" else "Integer"
        if kind == "number":
            return "Float" if fmt == "float" else "Double"
        if kind == "boolean":
            return "Boolean"
        return "Object"

    def fields(self, schema, owner, indent):
        lines = []
        for json_name, prop in schema.get("properties", {}).items():
            java_type = self.java_type(prop, owner, json_name)
            lines.append(f'{indent}@SerializedName("{json_name}")')
            lines.append(f"{indent}public @Nullable {java_type} {field_name(json_name)};")
        return lines


def write_class(name, schema, schemas, out_dir):
    writer = Writer(schemas)
    body = writer.fields(schema, name, "    ")
    nested_lines = []
    done = 0
    while done < len(writer.nested):
        nested_name, nested_schema = writer.nested[done]
        done += 1
        nested_lines.append("")
        nested_lines.append(f"    /** The inline object {nested_name} of the spec. */")
        nested_lines.append(f"    public static class {nested_name} {{")
        nested_lines.extend(writer.fields(nested_schema, nested_name, "        "))
        nested_lines.append("    }")
    imports = sorted(writer.imports)
    text = [HEADER.rstrip("\n"), f"package {PACKAGE};", ""]
    text += [f"import {i};" for i in imports]
    if imports:
        text.append("")
    text += ["import org.eclipse.jdt.annotation.Nullable;", "", "import com.google.gson.annotations.SerializedName;",
             "", "/**", f" * {name} of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client",
             " * maps it. Written by {@code src/jmh/generate-dtos.py}.", " *",
             " * @author Jellyfin binding contributors - Initial contribution", " */",
             f"public class {name} {{"]
    text += body + nested_lines + ["}", ""]
    with open(os.path.join(out_dir, name + ".java"), "w") as f:
        f.write("\n".join(text))


def write_enum(name, schema, out_dir):
    text = [HEADER.rstrip("\n"), f"package {PACKAGE};", "", "import com.google.gson.annotations.SerializedName;", "",
            "/**", f" * {name} of the Jellyfin 10.11 OpenAPI spec. Written by {{@code src/jmh/generate-dtos.py}}.",
            " *", " * @author Jellyfin binding contributors - Initial contribution", " */", f"public enum {name} {{"]
    values = schema["enum"]
    for i, value in enumerate(values):
        text.append(f'    @SerializedName("{value}")')
        text.append(f"    {constant(value)}{',' if i < len(values) - 1 else ';'}")
    text += ["}", ""]
    with open(os.path.join(out_dir, name + ".java"), "w") as f:
        f.write("\n".join(text))


def main():
    spec = json.load(open(sys.argv[1]))
    schemas = spec["components"]["schemas"]
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "java", *PACKAGE.split("."))
    os.makedirs(out_dir, exist_ok=True)
    seen = set()
    stack = [ROOT]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        stack.extend(refs(schemas[name]))
    for name in sorted(seen):
        schema = schemas[name]
        if "enum" in schema:
            write_enum(name, schema, out_dir)
        else:
            write_class(name, schema, schemas, out_dir)


if __name__ == "__main__":
    main()
