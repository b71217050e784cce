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
package org.openhab.core.thing;

/**
 * Stand-in: the type of a thing, binding id and thing type id.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class ThingTypeUID {
    private final String bindingId;
    private final String id;

    public ThingTypeUID(String bindingId, String id) {
        this.bindingId = bindingId;
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getBindingId() {
        return bindingId;
    }
}
