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
package org.openhab.binding.jellyfin.internal.api;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;
import org.openhab.binding.jellyfin.internal.api.dto.ClientCapabilities;

/**
 * The differences between dialects that the specs alone do not show: which filters a server applies,
 * where arguments travel, which commands exist.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class DialectBehaviourTest {

    private static final String USER = "4a7fd4b0c7d94c1f9fd2a4c3e21b6a77";
    private static final String SESSION = "b7f1c3d2e5a64f8e9d0c1b2a3f4e5d6c";

    private final ServerDialect j108 = new JellyfinDialect(ServerVersion.of(10, 8, 13));
    private final ServerDialect j1010 = new JellyfinDialect(ServerVersion.of(10, 10, 7));
    private final ServerDialect j12 = new JellyfinDialect(ServerVersion.of(12, 0, 0));
    private final ServerDialect emby = new EmbyDialect(ServerVersion.of(4, 8, 11));

    @Test
    void whenActiveSessionsAreAskedThenOnlyServersThatApplyTheFilterGetIt() throws JellyfinApiException {
        assertNull(j108.getSessions(960, null, null).queryValue("activeWithinSeconds"));
        assertEquals("960",
                j108.getSessions(960, USER, null).queryValue("activeWithinSeconds"));
        assertEquals("960", j1010.getSessions(960, null, null).queryValue("activeWithinSeconds"));
        ApiRequest e = emby.getSessions(960, USER, "dev");
        assertEquals(List.of(Map.entry("ControllableByUserId", USER), Map.entry("DeviceId", "dev")), e.query());
    }

    @Test
    void whenSeekingThenJellyfinUsesTheQueryAndEmbyTheBody() throws JellyfinApiException {
        ApiRequest j = j1010.playstate(SESSION, PlaystateCommand.SEEK, 600_000_000L);
        assertEquals("600000000", j.queryValue("seekPositionTicks"));
        assertNull(j.jsonBody());
        ApiRequest e = emby.playstate(SESSION, PlaystateCommand.SEEK, 600_000_000L);
        assertEquals("{\"Command\":\"Seek\",\"SeekPositionTicks\":600000000}", e.jsonBody());
        assertEquals("/emby/Sessions/" + SESSION + "/Playing/Seek", e.path());
    }

    @Test
    void whenACommandHasArgumentsThenItGoesAsABody() throws JellyfinApiException {
        ApiRequest plain = j12.generalCommand(SESSION, GeneralCommand.mute());
        assertEquals("/Sessions/" + SESSION + "/Command/Mute", plain.path());
        ApiRequest withArgs = j12.generalCommand(SESSION, GeneralCommand.setVolume(150));
        assertEquals("/Sessions/" + SESSION + "/Command", withArgs.path());
        assertEquals("{\"Name\":\"SetVolume\",\"Arguments\":{\"Volume\":\"100\"}}", withArgs.jsonBody());
    }

    @Test
    void whenACommandIsNewerThanTheServerThenItIsRefused() {
        GeneralCommand order = new GeneralCommand("SetPlaybackOrder", Map.of("PlaybackOrder", "Shuffle"));
        JellyfinApiException e = assertThrows(JellyfinApiException.class, () -> j108.generalCommand(SESSION, order));
        assertEquals(Kind.OPERATION_UNSUPPORTED, e.getKind());
        assertDoesNotThrow(() -> j1010.generalCommand(SESSION, order));
    }

    @Test
    void whenAMessageIsSentThenJellyfinUsesABodyAndEmbyTheQuery() throws JellyfinApiException {
        assertEquals("{\"Header\":\"H\",\"Text\":\"T\",\"TimeoutMs\":5000}",
                j1010.sendMessage(SESSION, "H", "T", 5000L).jsonBody());
        ApiRequest e = emby.sendMessage(SESSION, "H", "T", null);
        assertNull(e.jsonBody());
        assertEquals("T", e.queryValue("Text"));
        assertThrows(JellyfinApiException.class, () -> emby.sendMessage(SESSION, "H", "line\nbreak", null));
    }

    @Test
    void whenEmbyGetsCapabilitiesWithoutASessionIdThenItIsRefusedBeforeSending() {
        ClientCapabilities caps = new ClientCapabilities(List.of("Audio"), List.of(), false);
        JellyfinApiException e = assertThrows(JellyfinApiException.class, () -> emby.postCapabilities(null, caps));
        assertEquals(Kind.INVALID_ARGUMENT, e.getKind());
        assertDoesNotThrow(() -> j1010.postCapabilities(null, caps));
    }

    @Test
    void whenUserDataIsAskedThenOlderServersReadItFromTheItem() throws JellyfinApiException {
        assertTrue(j108.userDataFromItem());
        assertTrue(emby.userDataFromItem());
        assertFalse(j1010.userDataFromItem());
        assertEquals("/UserItems/" + Guids.dashed(USER) + "/UserData", j1010.getUserData(USER, USER).path());
        assertEquals("/emby/Users/" + USER + "/Items/4785434", emby.getUserData(USER, "4785434").path());
    }

    @Test
    void whenEmbyReportsByItemThenTheMediaSourceDefaultsToTheItem() throws JellyfinApiException {
        ApiRequest stop = emby.onPlaybackStopped(USER, ItemPlayback.of("4785434"));
        assertEquals("4785434", stop.queryValue("MediaSourceId"));
        assertEquals("DELETE", stop.method());
    }

    @Test
    void whenAPlayedDateIsSentThenEachServerGetsItsOwnFormat() {
        Instant date = Instant.parse("2026-11-21T07:00:00Z");
        assertEquals("20261121070000", emby.formatDate(date));
        assertEquals("2026-11-21T07:00:00Z", j1010.formatDate(date));
    }
}
