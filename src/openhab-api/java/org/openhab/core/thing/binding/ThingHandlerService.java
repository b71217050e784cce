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
package org.openhab.core.thing.binding;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: a service bound to a thing handler (actions, discovery).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingHandlerService {

    void setThingHandler(ThingHandler handler);

    @Nullable
    ThingHandler getThingHandler();

    /**
     * Called when the component is activated, before the handler is set.
     */
    default void activate() {
    }

    /**
     * Called when the component is deactivated.
     */
    default void deactivate() {
    }

    /**
     * Called after activation, once the handler is set.
     */
    default void initialize() {
    }

    /**
     * Called before deactivation.
     */
    default void dispose() {
    }
}
