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
import java.util.concurrent.CompletableFuture;
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
 * Where the servers knowingly differ from their specs is listed in {@link SpecExceptions}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SpecValidator {
    public static final String SHARED_DIR_PROPERTY = "jellyfin.shared.dir";
    private static final Logger LOGGER = LoggerFactory.getLogger(SpecValidator.class);
    private static final Map<String, CompletableFuture<OpenApiInteractionValidator>> CACHE = new ConcurrentHashMap<>();

    private final CompletableFuture<OpenApiInteractionValidator> loading;

    private SpecValidator(CompletableFuture<OpenApiInteractionValidator> loading) {
        this.loading = loading;
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
        // parsing a spec takes up to a second: done in the background so the server starts at once
        return Optional.of(new SpecValidator(
                CACHE.computeIfAbsent(dialect.specFile(), f -> CompletableFuture.supplyAsync(() -> load(spec)))));
    }

    private static OpenApiInteractionValidator load(Path spec) {
        LevelResolver.Builder levels = LevelResolver.create();
        SpecExceptions.IGNORED_KEYS.forEach(key -> levels.withLevel(key, ValidationReport.Level.IGNORE));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
        OpenAPI api = parsed.getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("cannot read " + spec + ": " + parsed.getMessages());
        }
        // the Emby 4.9 beta spec declares a path parameter it never defines; the rest is usable
        parsed.getMessages().forEach(m -> LOGGER.debug("{}: {}", spec.getFileName(), m));
        return OpenApiInteractionValidator.createFor(api).withLevelResolver(levels.build()).build();
    }

    /** @return the spec violations of a request, empty when it conforms */
    public List<String> validate(RecordedRequest r) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(r.method()), r.path());
        r.query().forEach((name, values) -> {
            if (!SpecExceptions.isAuthQuery(name)) {
                builder.withQueryParam(name, values);
            }
        });
        r.headers().forEach((name, value) -> builder.withHeader(name, value));
        if (!r.body().isEmpty()) {
            builder.withBody(r.body());
        }
        return messages(loading.join().validateRequest(builder.build()));
    }

    /** @return the spec violations of an answer to a request (see {@link SpecExceptions}) */
    public List<String> validateResponse(RecordedRequest r, boolean emby, int status, @Nullable String body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
        if (body != null) {
            builder.withContentType("application/json").withBody(emby ? body : SpecExceptions.dashGuids(body));
        }
        ValidationReport report = loading.join().validateResponse(r.path(), Request.Method.valueOf(r.method()),
                builder.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !SpecExceptions.isEmbyVoidAnswer(emby, status, m.getKey()))
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
