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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Every operation as sent to Jellyfin 12.0.0, checked against that version's published OpenAPI spec.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class Jellyfin120ContractTest extends AbstractContractTest {

    @Override
    String specFile() {
        return "jellyfin-openapi-12.0.0.json";
    }

    @Override
    ServerInfo server() {
        return new ServerInfo(ServerProduct.JELLYFIN, ServerVersion.of(12, 0, 0), "0123456789abcdef0123456789abcdef",
                "test");
    }

    @Test
    void whenTheRemovedByItemRouteWouldBeUsedThenThe12SpecRefusesItButTheMappedReportPasses()
            throws JellyfinApiException {
        ItemPlayback playback = ItemPlayback.of(ids().itemId());
        ApiRequest old = new JellyfinDialect(ServerVersion.of(10, 11, 11)).onPlaybackStart(ids().userId(), playback);
        assertFalse(validator().problems(old).isEmpty(), old.toString());
        ApiRequest mapped = dialect().authorize(dialect().onPlaybackStart(ids().userId(), playback),
                OperationCatalog.IDENTITY, Credentials.apiKey("0123456789abcdef0123456789abcdef", null));
        assertEquals("/Sessions/Playing", mapped.path());
        assertEquals(java.util.List.of(), validator().problems(mapped));
    }

    @Test
    void whenAGuidIsSentWithoutDashesThenTheSpecRefusesItSoTheDialectDashesIt() throws JellyfinApiException {
        ApiRequest plain = new ApiRequest("POST", "/UserPlayedItems/" + ids().itemId()).query("userId",
                ids().userId());
        assertFalse(validator().problems(plain).isEmpty());
        ApiRequest built = dialect().markPlayed(ids().userId(), ids().itemId(), null);
        assertEquals("/UserPlayedItems/" + Guids.dashed(ids().itemId()), built.path());
    }
}
