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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * How openHAB UIDs are made, parsed, compared and printed.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class UidTest {

    private static final ThingTypeUID SERVER = new ThingTypeUID("jellyfin", "server");
    private static final ThingTypeUID CLIENT = new ThingTypeUID("jellyfin", "client");

    @Test
    void whenThingUidParsedThenSegmentsAreKnown() {
        ThingUID uid = new ThingUID("jellyfin:client:srv:abc");
        assertEquals("jellyfin", uid.getBindingId());
        assertEquals("abc", uid.getId());
        assertEquals(List.of("srv"), uid.getBridgeIds());
        assertEquals("jellyfin:client:srv:abc", uid.toString());
        assertEquals("jellyfin:client:srv:abc", uid.getAsString());
    }

    @Test
    void whenThingUidBuiltUnderBridgeThenEqualsParsedOne() {
        ThingUID bridge = new ThingUID(SERVER, "srv");
        ThingUID built = new ThingUID(CLIENT, bridge, "abc");
        ThingUID parsed = new ThingUID("jellyfin:client:srv:abc");
        assertEquals(parsed, built);
        assertEquals(parsed.hashCode(), built.hashCode());
        assertEquals("jellyfin:server:srv", bridge.getAsString());
        assertNotEquals(new ThingUID(CLIENT, "abc"), built);
    }

    @Test
    void whenSegmentHasInvalidCharactersThenRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ThingUID(CLIENT, "a b"));
        assertThrows(IllegalArgumentException.class, () -> new ThingUID(CLIENT, "a.b"));
        assertThrows(IllegalArgumentException.class, () -> new ThingTypeUID("jellyfin:x/y"));
        assertDoesNotThrow(() -> new ThingUID(CLIENT, "0f6a2c_b-9"));
    }

    @Test
    void whenChannelUidParsedThenThingAndIdAreKnown() {
        ThingUID thing = new ThingUID("jellyfin:client:srv:abc");
        ChannelUID channel = new ChannelUID("jellyfin:client:srv:abc:control");
        assertEquals(thing, channel.getThingUID());
        assertEquals("control", channel.getId());
        assertEquals(new ChannelUID(thing, "control"), channel);
        assertFalse(channel.isInGroup());
    }

    @Test
    void whenChannelInGroupThenIdCarriesGroup() {
        ThingUID thing = new ThingUID("jellyfin:client:srv:abc");
        ChannelUID channel = new ChannelUID(thing, "playing", "title");
        assertEquals("playing#title", channel.getId());
        assertEquals("title", channel.getIdWithoutGroup());
        assertEquals("playing", channel.getGroupId());
        assertTrue(channel.isInGroup());
        assertEquals(thing, channel.getThingUID());
    }

    @Test
    void whenTypeUidsCompareThenBySegments() {
        assertEquals(new ThingTypeUID("jellyfin:client"), CLIENT);
        assertEquals("client", CLIENT.getId());
        assertEquals("jellyfin:client", CLIENT.toString());
        assertEquals(new ChannelTypeUID("jellyfin", "control"), new ChannelTypeUID("jellyfin:control"));
        assertNotEquals(SERVER, CLIENT);
    }
}
