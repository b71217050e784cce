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
package org.openhab.core.thing.binding.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.internal.ThingImpl;

/**
 * Stand-in: builds {@link Thing}s.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingBuilder {

    private final List<Channel> channels = new ArrayList<>();
    private final ThingTypeUID thingTypeUID;
    private final ThingUID thingUID;
    private @Nullable String label;
    private @Nullable ThingUID bridgeUID;
    private @Nullable Configuration configuration;
    private @Nullable Map<String, String> properties;
    private @Nullable String location;

    protected ThingBuilder(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.thingTypeUID = thingTypeUID;
        this.thingUID = thingUID;
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, String thingId) {
        return new ThingBuilder(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        return new ThingBuilder(thingTypeUID, thingUID);
    }

    public Thing build() {
        return populate(new ThingImpl(thingTypeUID, thingUID));
    }

    ThingTypeUID thingTypeUIDForBuild() {
        return thingTypeUID;
    }

    ThingUID thingUIDForBuild() {
        return thingUID;
    }

    Thing populate(ThingImpl thing) {
        thing.setLabel(label);
        thing.setChannels(channels);
        Configuration localConfiguration = configuration;
        thing.setConfiguration(localConfiguration != null ? localConfiguration : new Configuration());
        thing.setBridgeUID(bridgeUID);
        Map<String, String> localProperties = properties;
        if (localProperties != null) {
            thing.setProperties(localProperties);
        }
        thing.setLocation(location);
        return thing;
    }

    public ThingBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    public ThingBuilder withChannel(Channel channel) {
        for (Channel existing : channels) {
            if (existing.getUID().equals(channel.getUID())) {
                throw new IllegalArgumentException(
                        String.format("Channel '%s' already present on the thing", channel.getUID()));
            }
        }
        channels.add(channel);
        return this;
    }

    public ThingBuilder withChannels(Channel... channels) {
        return withChannels(Arrays.asList(channels));
    }

    public ThingBuilder withChannels(List<Channel> channels) {
        this.channels.clear();
        for (Channel channel : channels) {
            withChannel(channel);
        }
        return this;
    }

    public ThingBuilder withoutChannel(ChannelUID channelUID) {
        channels.removeIf(channel -> channel.getUID().equals(channelUID));
        return this;
    }

    public ThingBuilder withoutChannels(Channel... channels) {
        return withoutChannels(Arrays.asList(channels));
    }

    public ThingBuilder withoutChannels(List<Channel> channels) {
        for (Channel channel : channels) {
            withoutChannel(channel.getUID());
        }
        return this;
    }

    public ThingBuilder withConfiguration(Configuration configuration) {
        this.configuration = configuration;
        return this;
    }

    public ThingBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    public ThingBuilder withProperties(Map<String, String> properties) {
        this.properties = new HashMap<>(properties);
        return this;
    }

    public ThingBuilder withLocation(@Nullable String location) {
        this.location = location;
        return this;
    }
}
