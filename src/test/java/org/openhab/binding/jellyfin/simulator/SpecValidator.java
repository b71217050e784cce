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
package org.openhab.binding.jellyfin.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Checks requests (and the simulator's own answers) against the official spec of a dialect, read
 * from {@code ${jellyfin.shared.dir}/openapi}. Validators are cached per spec file for the JVM.
 * Authentication is not checked here: the specs declare only the Authorization header, while the
 * servers accept more forms; {@link SimAuth} applies the real rules.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SpecValidator {
    public static final String SHARED_DIR_PROPERTY = "jellyfin.shared.dir";
    private static final Logger LOGGER = LoggerFactory.getLogger(SpecValidator.class);
    private static final Map<String, OpenApiInteractionValidator> CACHE = new ConcurrentHashMap<>();
    private static final String GUID32 = "[0-9a-fA-F]{32}";
    /** Credentials in the query are checked by {@link SimAuth}; the specs do not list them per operation. */
    private static final java.util.Set<String> AUTH_QUERY = java.util.Set.of("apikey", "api_key");

    private final OpenApiInteractionValidator validator;

    private SpecValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** @return the directory of the official specs, or empty (with the reason logged) */
    public static Optional<Path> specDirectory() {
        String shared = System.getProperty(SHARED_DIR_PROPERTY);
        if (shared == null || shared.isBlank()) {
            LOGGER.info("Strict spec validation disabled: system property {} is not set", SHARED_DIR_PROPERTY);
            return Optional.empty();
        }
        Path dir = Path.of(shared, "openapi");
        if (!Files.isDirectory(dir)) {
            LOGGER.info("Strict spec validation disabled: {} does not exist", dir);
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    /** @return the validator for a dialect's spec, or empty when the specs are not available */
    public static Optional<SpecValidator> forDialect(Dialect dialect) {
        Optional<Path> dir = specDirectory();
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Path spec = dir.get().resolve(dialect.specFile());
        if (!Files.isRegularFile(spec)) {
            LOGGER.info("Strict spec validation disabled for {}: {} is missing", dialect, spec);
            return Optional.empty();
        }
        return Optional.of(new SpecValidator(CACHE.computeIfAbsent(dialect.specFile(), f -> load(spec))));
    }

    private static OpenApiInteractionValidator load(Path spec) {
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                .withLevel("validation.response.contentType", ValidationReport.Level.IGNORE).build();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
        OpenAPI api = parsed.getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("cannot read " + spec + ": " + parsed.getMessages());
        }
        // the Emby 4.9 beta spec declares a path parameter it never defines; the rest is usable
        parsed.getMessages().forEach(m -> LOGGER.debug("{}: {}", spec.getFileName(), m));
        return OpenApiInteractionValidator.createFor(api).withLevelResolver(levels).build();
    }

    /** @return the spec violations of a request, empty when it conforms */
    public List<String> validate(RecordedRequest r) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(r.method()), r.path());
        r.query().forEach((name, values) -> {
            if (!AUTH_QUERY.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                builder.withQueryParam(name, values);
            }
        });
        r.headers().forEach((name, value) -> builder.withHeader(name, value));
        if (!r.body().isEmpty()) {
            builder.withBody(r.body());
        }
        return messages(validator.validateRequest(builder.build()), false);
    }

    /** @return the spec violations of an answer to a request */
    public List<String> validateResponse(RecordedRequest r, int status, @Nullable String body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
        if (body != null) {
            builder.withContentType("application/json").withBody(body);
        }
        return messages(validator.validateResponse(r.path(), Request.Method.valueOf(r.method()), builder.build()),
                true);
    }

    /**
     * The servers write GUIDs as 32 hex digits while the Jellyfin specs say {@code format: uuid};
     * that mismatch in an ANSWER is the servers' real behaviour and is not reported.
     */
    private static List<String> messages(ValidationReport report, boolean response) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(response && m.getMessage().contains("\"uuid\"") && m.getMessage().matches(
                        "(?s).*\"" + GUID32 + "\".*")))
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
