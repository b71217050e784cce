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
package org.openhab.binding.jellyfin.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * Builds bridges, things and channels for tests through the public openHAB builders.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TestThings {

    private TestThings() {
    }

    /**
     * A bridge with configuration and state channels.
     *
     * @param type the bridge type
     * @param id the last UID segment
     * @param config the configuration (numbers become BigDecimal, as in openHAB)
     * @param channels the channels
     * @return the bridge, status UNINITIALIZED
     */
    public static Bridge bridge(ThingTypeUID type, String id, Map<String, Object> config, ChannelSpec... channels) {
        ThingUID uid = new ThingUID(type, id);
        BridgeBuilder builder = BridgeBuilder.create(type, uid);
        builder.withLabel(id);
        builder.withConfiguration(new Configuration(config));
        builder.withChannels(build(uid, channels));
        return builder.build();
    }

    /**
     * A thing under a bridge (or without one when {@code bridgeUID} is null).
     *
     * @return the thing, status UNINITIALIZED
     */
    public static Thing thing(ThingTypeUID type, @Nullable ThingUID bridgeUID, String id, Map<String, Object> config,
            ChannelSpec... channels) {
        ThingUID uid = bridgeUID != null ? new ThingUID(type, bridgeUID, id) : new ThingUID(type, id);
        return ThingBuilder.create(type, uid).withBridge(bridgeUID).withLabel(id)
                .withConfiguration(new Configuration(config)).withChannels(build(uid, channels)).build();
    }

    private static List<Channel> build(ThingUID uid, ChannelSpec... specs) {
        List<Channel> channels = new ArrayList<>();
        for (ChannelSpec spec : specs) {
            ChannelBuilder builder = ChannelBuilder.create(new ChannelUID(uid, spec.id()), spec.itemType())
                    .withKind(spec.kind());
            String typeId = spec.channelTypeId();
            if (typeId != null) {
                builder.withType(new ChannelTypeUID(uid.getBindingId(), typeId));
            }
            channels.add(builder.build());
        }
        return channels;
    }

    /**
     * A state channel.
     *
     * @param id the channel id ("group#id" for a channel in a group)
     * @param itemType the accepted item type, e.g. "Player", "Number:Time"
     */
    public static ChannelSpec state(String id, String itemType) {
        String typeId = id.contains("#") ? id.substring(id.indexOf('#') + 1) : id;
        return new ChannelSpec(id, itemType, ChannelKind.STATE, typeId);
    }

    /**
     * A trigger channel.
     *
     * @param id the channel id
     */
    public static ChannelSpec trigger(String id) {
        return new ChannelSpec(id, null, ChannelKind.TRIGGER, id);
    }

    /**
     * What a channel is made of.
     *
     * @param id the channel id
     * @param itemType the accepted item type (null for triggers)
     * @param kind state or trigger
     * @param channelTypeId the channel type id within the binding (null for none)
     */
    public record ChannelSpec(String id, @Nullable String itemType, ChannelKind kind,
            @Nullable String channelTypeId) {
    }
}
