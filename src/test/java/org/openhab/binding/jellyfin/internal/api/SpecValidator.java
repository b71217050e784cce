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
package org.openhab.binding.jellyfin.internal.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Checks {@link ApiRequest}s against one official OpenAPI spec from the shared directory (system
 * property {@code jellyfin.shared.dir} + "/openapi"); tests are skipped, saying why, when it is absent.
 * The spec's server URL carries Emby's {@code /emby} base path, so requests keep their full path.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class SpecValidator {

    private final OpenApiInteractionValidator validator;

    private SpecValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /**
     * Loads a spec, or skips the calling test class when the shared specs are not there.
     */
    static SpecValidator load(String fileName) throws IOException {
        String dir = System.getProperty("jellyfin.shared.dir");
        assumeTrue(dir != null && !dir.isBlank(),
                "Skipped: system property jellyfin.shared.dir is not set "
                        + "(contract tests need the shared OpenAPI specs)");
        Path spec = Path.of(dir, "openapi", fileName);
        assumeTrue(Files.isRegularFile(spec), "Skipped: OpenAPI spec " + spec + " is absent (a clone without shared/)");
        String text = SpecRepairs.repair(Files.readString(spec, StandardCharsets.UTF_8));
        return new SpecValidator(OpenApiInteractionValidator.createForInlineApiSpecification(text).build());
    }

    /**
     * @return the spec's complaints about the request, empty when it is valid
     */
    List<String> problems(ApiRequest request) {
        return problems(request, key -> false);
    }

    /**
     * @param ignored problem keys not to report (see {@link SpecExceptions})
     */
    List<String> problems(ApiRequest request, Predicate<String> ignored) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(request.method(), request.path());
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : request.query()) {
            query.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue());
        }
        query.forEach(b::withQueryParam);
        request.headers().forEach((name, value) -> b.withHeader(name, value));
        String body = request.jsonBody();
        if (body != null) {
            b.withContentType("application/json").withBody(body);
        }
        ValidationReport report = validator.validateRequest(b.build());
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR && !ignored.test(m.getKey())) {
                problems.add(m.getKey() + ": " + m.getMessage());
            }
        }
        return problems;
    }

    static @Nullable String describe(ApiRequest request, List<String> problems) {
        return problems.isEmpty() ? null : request + " -> " + problems;
    }
}
