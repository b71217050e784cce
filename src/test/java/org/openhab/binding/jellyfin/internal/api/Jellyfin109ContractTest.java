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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Every operation as sent to Jellyfin 10.9.11, checked against that version's published OpenAPI spec.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class Jellyfin109ContractTest extends AbstractContractTest {

    @Override
    String specFile() {
        return "jellyfin-openapi-10.9.11.json";
    }

    @Override
    ServerInfo server() {
        return new ServerInfo(ServerProduct.JELLYFIN, ServerVersion.of(10, 9, 11), "0123456789abcdef0123456789abcdef",
                "test");
    }
}
