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
package org.openhab.core.config.core;

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.registry.Identifiable;

/**
 * Stand-in: the description of a configuration, known by its URI. openHAB builds them with its
 * {@code ConfigDescriptionBuilder}, which the stand-in does not have: nothing here makes one.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ConfigDescription implements Identifiable<URI> {

    private final URI uid;

    ConfigDescription(URI uid) {
        this.uid = uid;
    }

    @Override
    public URI getUID() {
        return uid;
    }
}
