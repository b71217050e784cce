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
package org.openhab.binding.jellyfin.internal.live;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.jellyfin.internal.live.SessionStateBuilder.T0;
import static org.openhab.binding.jellyfin.internal.live.SessionStateBuilder.session;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Which session a client Thing follows, chosen by {@link SessionMatcher}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class SessionMatcherTest {

    private static final String TV = "SHIELD Android TV";
    private static final String ANDROID_TV = "Jellyfin Android TV";

    @Test
    void whenASessionHasTheDeviceIdThenItMatchesByDeviceId() {
        SessionState other = session("s1").device("other", TV, ANDROID_TV).build();
        SessionState mine = session("s2").device("a5b0e9c4b3b2d1f0", "Phone", "Jellyfin Android").build();
        SessionMatcher matcher = new SessionMatcher("a5b0e9c4b3b2d1f0", TV, ANDROID_TV);
        SessionState match = matcher.match(List.of(other, mine));
        assertSame(mine, match);
        assertTrue(matcher.hasDeviceId(match));
    }

    @Test
    void whenTheDeviceIdIsAGuidInAnotherFormThenItStillMatches() {
        SessionState emby = session("s1").device("9f53d43e-e5f7-5161-881a-d91843d0d372", "Roku Ultra", "Roku SG")
                .build();
        SessionState match = new SessionMatcher("9F53D43EE5F75161881AD91843D0D372", "", "").match(List.of(emby));
        assertSame(emby, match);
    }

    @Test
    void whenTheAndroidClientChangedItsDeviceIdThenNameAndClientMatch() {
        SessionState renamed = session("s1").device("a5b0e9c4b3b2d1f0_long_form", TV, ANDROID_TV).build();
        SessionMatcher matcher = new SessionMatcher("a5b0e9c4b3b2d1f0", "shield android tv", ANDROID_TV);
        SessionState match = matcher.match(List.of(session("s0").device("x", TV, "Kodi").build(), renamed));
        assertSame(renamed, match);
        assertFalse(matcher.hasDeviceId(match));
    }

    @Test
    void whenTheDeviceIdMatchesOneSessionThenANameMatchElsewhereIsIgnored() {
        SessionState byName = session("s1").device("other", TV, ANDROID_TV).lastActivity(T0.plusSeconds(60)).build();
        SessionState byId = session("s2").device("mine", "Elsewhere", "Other").build();
        assertSame(byId, new SessionMatcher("mine", TV, ANDROID_TV).match(List.of(byName, byId)));
    }

    @Test
    void whenOneDeviceHasTwoSessionsThenTheNewestActiveOneWins() {
        SessionState older = session("s1").device("tv", TV, ANDROID_TV).lastActivity(T0).build();
        SessionState newer = session("s2").device("tv", TV, ANDROID_TV).lastActivity(T0.plusSeconds(30)).build();
        SessionState newestInactive = session("s3").device("tv", TV, ANDROID_TV).lastActivity(T0.plusSeconds(90))
                .active(false).build();
        SessionMatcher matcher = new SessionMatcher("tv", TV, ANDROID_TV);
        assertSame(newer, matcher.match(List.of(older, newer, newestInactive)));
        assertSame(newer, matcher.match(List.of(newestInactive, newer, older)));
    }

    @Test
    void whenTwoSessionsAreEquallyRecentThenTheChoiceIsStable() {
        SessionState a = session("aaaa").device("tv", TV, ANDROID_TV).build();
        SessionState b = session("bbbb").device("tv", TV, ANDROID_TV).build();
        SessionMatcher matcher = new SessionMatcher("tv", TV, ANDROID_TV);
        assertSame(a, matcher.match(List.of(a, b)));
        assertSame(a, matcher.match(List.of(b, a)));
    }

    @Test
    void whenNothingMatchesThenNoSessionIsReturned() {
        SessionState other = session("s1").device("other", "Kitchen", "Kodi").build();
        assertNull(new SessionMatcher("tv", TV, ANDROID_TV).match(List.of(other)));
        assertNull(new SessionMatcher("tv", "", "").match(List.of(session("s2").device("x", "", "").build())),
                "an empty name never matches");
        assertNull(new SessionMatcher("tv", TV, ANDROID_TV).match(SessionSnapshot.EMPTY.sessions()));
    }
}
