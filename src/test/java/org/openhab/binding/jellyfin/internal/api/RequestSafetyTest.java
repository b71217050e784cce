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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;

/**
 * Ids, names and header values can never break a request or reach another endpoint; secrets never show
 * in a request's printable form; ticks and GUIDs convert both ways.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class RequestSafetyTest {

    @Test
    void whenADeviceNameHasQuotesCommasOrLineBreaksThenTheHeaderStaysOneLineWithFourFields() {
        ClientIdentity id = new ClientIdentity("openHAB", "Evil\", Token=\"stolen\r\nX-Other: 1", "dev,1", "5.2");
        ServerDialect jellyfin = new JellyfinDialect(ServerVersion.of(10, 10, 7));
        String header = jellyfin.authorize(jellyfin.systemInfoPublic(), id, null).headers().get("Authorization");
        assertNotNull(header);
        assertFalse(header.contains("\r") || header.contains("\n"));
        assertEquals(4, header.split("=\"").length - 1, header);
        assertFalse(header.contains("Token="));
        assertEquals("MediaBrowser Client=\"openHAB\", Device=\"Evil%22%2C%20Token%3D%22stolen%0D%0AX-Other%3A%201\", "
                + "DeviceId=\"dev%2C1\", Version=\"5.2\"", header);
        ServerDialect embyDialect = new EmbyDialect(ServerVersion.of(4, 8, 11));
        String emby = embyDialect.authorize(embyDialect.systemInfoPublic(), id, Credentials.userToken("t", "u1"))
                .headers().get("X-Emby-Authorization");
        assertEquals("Emby UserId=\"u1\", Client=\"openHAB\", Device=\"Evil'  Token 'stolen  X-Other: 1\", "
                + "DeviceId=\"dev 1\", Version=\"5.2\"", emby);
    }

    @Test
    void whenAnIdIsNotAPlainServerIdThenItIsRefused() {
        for (String bad : new String[] { "../x", "a/b", "a%2Fb", "a.b", "a\"", "a\nb", " ", "" }) {
            JellyfinApiException e = assertThrows(JellyfinApiException.class,
                    () -> ServerDialect.checkId("item id", bad), bad);
            assertEquals(Kind.INVALID_ARGUMENT, e.getKind());
            assertFalse(e.getMessage().contains(bad) && !bad.isBlank(), "the message does not echo the input");
        }
        assertDoesNotThrow(() -> ServerDialect.checkId("item id", "4785434"));
        assertDoesNotThrow(() -> ServerDialect.checkId("item id", "7648c5d1-a50b-1e03-f225-a2ce76baef07"));
    }

    @Test
    void whenFreeTextHasControlCharactersThenItIsRefused() {
        assertThrows(JellyfinApiException.class, () -> ServerDialect.checkText("text", "hi\r\nthere"));
        assertDoesNotThrow(() -> ServerDialect.checkText("text", "Abbey Road & \"Friends\" / 100%"));
    }

    @Test
    void whenAQueryCarriesASecretThenOnlyTheRedactedFormIsPrintable() {
        ApiRequest r = new ApiRequest("GET", "/emby/Sessions").query("api_key", "s3cr3t").query("DeviceId", "a b/c")
                .header("X-Emby-Token", "s3cr3t");
        assertEquals("/emby/Sessions?api_key=s3cr3t&DeviceId=a%20b%2Fc", r.target());
        assertEquals("/emby/Sessions?api_key=***&DeviceId=a%20b%2Fc", r.redactedTarget());
        assertFalse(r.toString().contains("s3cr3t"));
    }

    @Test
    void whenCredentialsArePrintedThenTheSecretIsNot() throws JellyfinApiException {
        Credentials key = Credentials.apiKey("abcdef123456", null);
        assertFalse(key.toString().contains("abcdef123456"));
        JellyfinApiException e = assertThrows(JellyfinApiException.class, () -> key.requireUserId(null));
        assertEquals(Kind.MISSING_USER_ID, e.getKind());
        assertEquals("u2", key.requireUserId("u2"));
        assertEquals("u1", Credentials.userToken("t", "u1").requireUserId(null));
    }

    @Test
    void whenTicksConvertThenSecondsAndDurationsRoundTrip() {
        assertEquals(10_000_000L, Ticks.fromSeconds(1));
        assertEquals(15_000_000L, Ticks.fromSeconds(1.5));
        assertEquals(2.5, Ticks.toSeconds(25_000_000L));
        assertEquals(Duration.ofMillis(1500), Ticks.toDuration(15_000_000L));
        assertEquals(15_000_000L, Ticks.fromDuration(Duration.ofMillis(1500)));
        assertEquals(1500L, Ticks.toMillis(15_000_000L));
    }

    @Test
    void whenGuidsComeInEitherFormThenTheyNormaliseToTheSameId() {
        String dashed = "1AE8A43E-D293-456D-A282-74F1A89CD2A5";
        assertEquals("1ae8a43ed293456da28274f1a89cd2a5", Guids.normalize(dashed));
        assertEquals("1ae8a43e-d293-456d-a282-74f1a89cd2a5", Guids.dashed("1ae8a43ed293456da28274f1a89cd2a5"));
        assertTrue(Guids.same(dashed, "1ae8a43ed293456da28274f1a89cd2a5"));
        assertEquals("4785434", Guids.normalize("4785434"));
        assertEquals("4785434", Guids.dashed("4785434"));
    }

    @Test
    void whenVersionsAreParsedThenSuffixesAndMissingPartsAreTolerated() {
        assertEquals(new ServerVersion(4, 9, 0, 41), ServerVersion.parse("4.9.0.41-beta"));
        assertEquals(ServerVersion.of(12, 0, 0), ServerVersion.parse("12.0"));
        assertNull(ServerVersion.parse("x.y"));
        assertTrue(ServerVersion.of(10, 10, 6).compareTo(ServerVersion.of(10, 10, 5)) > 0);
    }
}
