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
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: the UID of a channel, the thing UID plus "[groupId#]channelId".
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelUID extends UID {

    public static final String CHANNEL_GROUP_SEPARATOR = "#";

    public ChannelUID(String channelUid) {
        super(channelUid);
    }

    public ChannelUID(ChannelGroupUID channelGroupUID, String id) {
        this(channelGroupUID.getThingUID(), channelGroupUID.getId(), id);
    }

    public ChannelUID(ThingUID thingUID, String id) {
        super(append(thingUID, id));
    }

    public ChannelUID(ThingUID thingUID, String groupId, String id) {
        super(append(thingUID, groupId + CHANNEL_GROUP_SEPARATOR + id));
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

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else {
            for (String part : segment.split(CHANNEL_GROUP_SEPARATOR, -1)) {
                super.validateSegment(part, index, length);
            }
        }
    }

    /**
     * @return the channel id, including the group ("group#channel") when the channel is in a group
     */
    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    public String getIdWithoutGroup() {
        String id = getId();
        int separator = id.indexOf(CHANNEL_GROUP_SEPARATOR);
        return separator < 0 ? id : id.substring(separator + 1);
    }

    public boolean isInGroup() {
        return getId().contains(CHANNEL_GROUP_SEPARATOR);
    }

    public @Nullable String getGroupId() {
        String id = getId();
        int separator = id.indexOf(CHANNEL_GROUP_SEPARATOR);
        return separator < 0 ? null : id.substring(0, separator);
    }

    public ThingUID getThingUID() {
        List<String> all = getAllSegments();
        return new ThingUID(all.subList(0, all.size() - 1).toArray(String[]::new));
    }
}
