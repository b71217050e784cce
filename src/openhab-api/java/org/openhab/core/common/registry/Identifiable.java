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
package org.openhab.core.common.registry;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in: something with a unique id.
 *
 * @param <T> the type of the id
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Identifiable<@NonNull T> {

    /**
     * @return the unique id
     */
    T getUID();
}
