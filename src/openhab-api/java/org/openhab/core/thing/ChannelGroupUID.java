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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in: the UID of a channel group of a thing.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelGroupUID extends UID {

    public ChannelGroupUID(String channelGroupUid) {
        super(channelGroupUid);
    }

    public ChannelGroupUID(ThingUID thingUID, String id) {
        super(append(thingUID, id));
    }

    private static List<String> append(ThingUID thingUID, String id) {
        List<String> all = new ArrayList<>(List.of(thingUID.getAsString().split(SEPARATOR, -1)));
        all.add(id);
        return all;
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    public ThingUID getThingUID() {
        List<String> all = getAllSegments();
        return new ThingUID(all.subList(0, all.size() - 1).toArray(String[]::new));
    }
}
