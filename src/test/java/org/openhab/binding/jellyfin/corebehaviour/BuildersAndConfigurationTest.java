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
package org.openhab.binding.jellyfin.corebehaviour;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * How things, bridges and channels are built, and how configurations map onto configuration classes.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class BuildersAndConfigurationTest {

    private static final ThingTypeUID SERVER = new ThingTypeUID("jellyfin", "server");
    private static final ThingTypeUID CLIENT = new ThingTypeUID("jellyfin", "client");

    /** A configuration class like the binding's. */
    public static class SampleConfig {
        public String url = "";
        public @Nullable String token;
        public int refreshInterval = 10;
        public @Nullable Integer port;
        public boolean ssl;
        public @Nullable Boolean discover;
        public BigDecimal ratio = BigDecimal.ONE;
        public long timeoutMillis = 5000;
    }

    @Test
    void whenThingBuiltThenChannelsPropertiesAndConfigArePresent() {
        ThingUID bridgeUID = new ThingUID(SERVER, "srv");
        ThingUID uid = new ThingUID(CLIENT, bridgeUID, "abc");
        Channel control = ChannelBuilder.create(new ChannelUID(uid, "control"), "Player")
                .withType(new ChannelTypeUID("jellyfin", "control")).withLabel("Control").build();
        Channel event = ChannelBuilder.create(new ChannelUID(uid, "event")).withKind(ChannelKind.TRIGGER).build();
        Thing thing = ThingBuilder.create(CLIENT, uid).withBridge(bridgeUID).withLabel("Living room")
                .withChannels(List.of(control, event)).withProperties(Map.of("deviceId", "abc"))
                .withConfiguration(new Configuration(Map.of("refreshInterval", 30))).build();

        assertEquals(uid, thing.getUID());
        assertEquals(CLIENT, thing.getThingTypeUID());
        assertEquals(bridgeUID, thing.getBridgeUID());
        assertEquals("Living room", thing.getLabel());
        assertEquals(ThingStatus.UNINITIALIZED, thing.getStatus());
        assertEquals(2, thing.getChannels().size());
        Channel found = thing.getChannel("control");
        assertNotNull(found);
        assertEquals("Player", found.getAcceptedItemType());
        assertEquals(new ChannelTypeUID("jellyfin:control"), found.getChannelTypeUID());
        assertEquals(ChannelKind.STATE, found.getKind());
        assertEquals(ChannelKind.TRIGGER, thing.getChannel(new ChannelUID(uid, "event")).getKind());
        assertNull(thing.getChannel("missing"));
        assertEquals("abc", thing.getProperties().get("deviceId"));
        assertEquals(BigDecimal.valueOf(30), thing.getConfiguration().get("refreshInterval"));
    }

    @Test
    void whenSameChannelAddedTwiceThenRejected() {
        ThingUID uid = new ThingUID(CLIENT, "abc");
        Channel channel = ChannelBuilder.create(new ChannelUID(uid, "control"), "Player").build();
        ThingBuilder builder = ThingBuilder.create(CLIENT, uid).withChannel(channel);
        assertThrows(IllegalArgumentException.class, () -> builder.withChannel(channel));
    }

    @Test
    void whenBridgeBuiltThenItIsABridge() {
        BridgeBuilder builder = BridgeBuilder.create(SERVER, "srv");
        builder.withLabel("Server");
        builder.withConfiguration(new Configuration(Map.of("url", "http://jf:8096")));
        Bridge bridge = builder.build();
        assertEquals(new ThingUID("jellyfin:server:srv"), bridge.getUID());
        assertEquals("http://jf:8096", bridge.getConfiguration().get("url"));
        assertNull(bridge.getHandler());
    }

    @Test
    void whenConfigurationMappedThenFieldsAreConverted() {
        Configuration configuration = new Configuration(Map.of("url", "http://jf:8096", "refreshInterval", 30, "port",
                new BigDecimal("8096"), "ssl", true, "discover", Boolean.TRUE, "ratio", new BigDecimal("0.5"),
                "timeoutMillis", 2500));
        SampleConfig config = configuration.as(SampleConfig.class);
        assertEquals("http://jf:8096", config.url);
        assertNull(config.token);
        assertEquals(30, config.refreshInterval);
        assertEquals(Integer.valueOf(8096), config.port);
        assertTrue(config.ssl);
        assertEquals(Boolean.TRUE, config.discover);
        assertEquals(0, new BigDecimal("0.5").compareTo(config.ratio));
        assertEquals(2500L, config.timeoutMillis);
    }

    @Test
    void whenConfigurationLacksValuesThenDefaultsStay() {
        SampleConfig config = new Configuration().as(SampleConfig.class);
        assertEquals("", config.url);
        assertEquals(10, config.refreshInterval);
        assertFalse(config.ssl);
        assertEquals(BigDecimal.ONE, config.ratio);
    }

    @Test
    void whenConfigurationChangedThenValuesAreNormalized() {
        Configuration configuration = new Configuration();
        configuration.put("interval", 5);
        configuration.put("name", "x");
        assertEquals(BigDecimal.valueOf(5), configuration.get("interval"));
        assertTrue(configuration.containsKey("name"));
        configuration.remove("name");
        assertFalse(configuration.containsKey("name"));
        assertEquals(new Configuration(Map.of("interval", 5L)), configuration);
    }

    @Test
    void whenStatusInfoBuiltThenDetailAndDescriptionKept() {
        ThingStatusInfo info = ThingStatusInfoBuilder
                .create(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR).withDescription("down").build();
        assertEquals(ThingStatus.OFFLINE, info.getStatus());
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, info.getStatusDetail());
        assertEquals("down", info.getDescription());
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "down"), info);
        assertEquals(ThingStatusDetail.NONE, ThingStatusInfoBuilder.create(ThingStatus.ONLINE).build().getStatusDetail());
    }
}
