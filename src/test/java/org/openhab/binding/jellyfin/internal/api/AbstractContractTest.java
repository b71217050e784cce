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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Builds every operation through the dialect of one server version and checks each request (method,
 * path, query, headers, JSON body) against that version's official OpenAPI spec, loaded once per class.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractContractTest {

    private @Nullable SpecValidator validator;

    abstract String specFile();

    abstract ServerInfo server();

    @BeforeAll
    void loadSpec() throws IOException {
        validator = SpecValidator.load(specFile());
    }

    ServerDialect dialect() throws JellyfinApiException {
        return ServerDialect.forServer(server());
    }

    OperationCatalog.TestIds ids() {
        return server().product() == ServerProduct.EMBY ? OperationCatalog.EMBY_IDS : OperationCatalog.JELLYFIN_IDS;
    }

    SpecValidator validator() {
        SpecValidator v = validator;
        assertNotNull(v);
        return v;
    }

    @Test
    void whenEveryOperationIsBuiltThenTheSpecAcceptsEachRequest() throws JellyfinApiException {
        Map<String, ApiRequest> ops = OperationCatalog.build(dialect(), ids());
        List<String> failures = new ArrayList<>();
        ops.forEach((name, request) -> {
            ServerDialect d = dialect(name);
            List<String> problems = validator().problems(request, key -> SpecExceptions.isExpected(d, name, key));
            if (!problems.isEmpty()) {
                failures.add(name + ": " + SpecValidator.describe(request, problems));
            }
        });
        assertEquals(List.of(), failures, "requests the " + specFile() + " spec refuses");
        assertTrue(ops.size() >= 35, "every operation is listed");
    }

    @Test
    void whenTheSeedOperationsAreBuiltThenEachIsReachable() throws JellyfinApiException {
        Map<String, ApiRequest> ops = OperationCatalog.build(dialect(), ids());
        for (String seed : OperationCatalog.SEEDS) {
            ApiRequest request = ops.get(seed);
            assertNotNull(request, seed);
            assertTrue(request.path().startsWith(dialect().basePath() + "/"), seed);
            ServerDialect d = dialect();
            assertEquals(List.of(), validator().problems(request, key -> SpecExceptions.isExpected(d, seed, key)),
                    seed + " " + request);
        }
    }

    @Test
    void whenAnIdTriesToLeaveItsPathThenNothingIsBuilt() throws JellyfinApiException {
        ServerDialect d = dialect();
        String u = ids().userId();
        for (String bad : List.of("x/../../System/Restart", "..", "%2F", "a\"b", "a\r\nX-Injected: 1", "a b", "")) {
            JellyfinApiException e = assertThrows(JellyfinApiException.class, () -> d.markPlayed(u, bad, null), bad);
            assertEquals(JellyfinApiException.Kind.INVALID_ARGUMENT, e.getKind());
            assertThrows(JellyfinApiException.class, () -> d.playstate(bad, PlaystateCommand.STOP, null), bad);
            assertThrows(JellyfinApiException.class, () -> d.getItem(bad, ids().itemId()), bad);
        }
    }

    @Test
    void whenAnUnknownGeneralCommandIsSentThenItIsRefusedBeforeSending() throws JellyfinApiException {
        ServerDialect d = dialect();
        JellyfinApiException e = assertThrows(JellyfinApiException.class,
                () -> d.generalCommand(ids().sessionId(), GeneralCommand.of("Restart")));
        assertEquals(JellyfinApiException.Kind.OPERATION_UNSUPPORTED, e.getKind());
    }

    @Test
    void whenTheSpecLacksARouteThenTheValidatorSaysSo() {
        ApiRequest bogus = new ApiRequest("POST", "/System/Restart/Now/Please");
        assertFalse(validator().problems(bogus).isEmpty());
    }

    private ServerDialect dialect(String operation) {
        try {
            return dialect();
        } catch (JellyfinApiException e) {
            throw new IllegalStateException(operation, e);
        }
    }
}
