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

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.internal.api.JellyfinApiException.Kind;

/**
 * Server detection from real {@code /System/Info/Public} answers, and the choice of dialect per version.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ServerDetectionTest {

    private static ServerInfo jellyfin(int major, int minor, int patch) {
        return new ServerInfo(ServerProduct.JELLYFIN, ServerVersion.of(major, minor, patch), "id", "name");
    }

    @Test
    void whenJellyfin108AnswersThenItIsDetectedWithItsDialect() throws JellyfinApiException {
        ServerInfo info = ServerProbe.parse(Fixtures.load("jellyfin-10.8.10_system_info_public_demo_jellyash.json"),
                false);
        assertEquals(ServerProduct.JELLYFIN, info.product());
        assertEquals(ServerVersion.of(10, 8, 10), info.version());
        assertEquals("713dc3fe952b438fa70ed35e4ef0525a", info.id());
        assertEquals("Stable Demo", info.name());
        assertEquals("Jellyfin 10.8 (10.8.10)", ServerDialect.forServer(info).name());
    }

    @Test
    void whenAServerHasNoProductNameThenItIsEmby() throws JellyfinApiException {
        ServerInfo info = ServerProbe.parse(Fixtures.load("emby-4.4.3.0_system_info_public_mageni.json"), false);
        assertEquals(ServerProduct.EMBY, info.product());
        assertEquals("4.4.3", info.version().toString().substring(0, 5));
        ServerDialect d = ServerDialect.forServer(info);
        assertInstanceOf(EmbyDialect.class, d);
        assertEquals("/emby", d.basePath());
    }

    @Test
    void whenJellyfinIsOlderThan108ThenItIsRefusedWithAClearMessage() throws JellyfinApiException {
        ServerInfo info = ServerProbe.parse(Fixtures.load("spec_system_info_public_jellyfin_10.7.json"), false);
        JellyfinApiException e = assertThrows(JellyfinApiException.class, () -> ServerDialect.forServer(info));
        assertEquals(Kind.UNSUPPORTED_SERVER, e.getKind());
        assertEquals("Jellyfin 10.7.7 is too old: this binding needs Jellyfin 10.8.0 or newer. "
                + "Please update the server.", e.getMessage());
    }

    @Test
    void whenTheAnswerIsNotAServersThenDetectionSaysSo() {
        for (String body : new String[] { "<html>proxy</html>", "{}", "", "{\"Version\":\"banana\"}" }) {
            JellyfinApiException e = assertThrows(JellyfinApiException.class, () -> ServerProbe.parse(body, false));
            assertEquals(Kind.UNSUPPORTED_SERVER, e.getKind(), body);
        }
    }

    @Test
    void whenVersionsAreKnownThenEachRangeGetsItsDialect() throws JellyfinApiException {
        assertEquals("Jellyfin 10.8 (10.8.0)", ServerDialect.forServer(jellyfin(10, 8, 0)).name());
        assertEquals("Jellyfin 10.9-10.11 (10.9.0)", ServerDialect.forServer(jellyfin(10, 9, 0)).name());
        assertEquals("Jellyfin 10.9-10.11 (10.11.11)", ServerDialect.forServer(jellyfin(10, 11, 11)).name());
        assertEquals("Jellyfin 12 (12.0.0)", ServerDialect.forServer(jellyfin(12, 0, 0)).name());
    }

    @Test
    void whenJellyfinIsNewerThanAnyDialectThenTheNewestIsUsed() throws JellyfinApiException {
        ServerDialect d = ServerDialect.forServer(jellyfin(13, 2, 1));
        assertEquals("Jellyfin 12 (13.2.1)", d.name());
        assertEquals(ServerVersion.of(13, 2, 1), d.version());
    }

    @Test
    void whenTheVersionChangesThenSubscriptionRulesFollowIt() throws JellyfinApiException {
        String anyone = "users admins API keys";
        assertEquals(anyone, whoMaySubscribe(jellyfin(10, 8, 13)));
        assertEquals("admins", whoMaySubscribe(jellyfin(10, 9, 0)));
        assertEquals("admins", whoMaySubscribe(jellyfin(10, 10, 5)));
        assertEquals("admins API keys", whoMaySubscribe(jellyfin(10, 10, 6)));
        assertEquals(anyone, whoMaySubscribe(jellyfin(10, 11, 0)));
        assertEquals(anyone, whoMaySubscribe(jellyfin(12, 0, 0)));
        assertEquals(anyone,
                whoMaySubscribe(new ServerInfo(ServerProduct.EMBY, ServerVersion.of(4, 8, 11), "i", "n")));
    }

    /** @return who of a plain user, an administrator and an API key may subscribe to the live session list */
    private static String whoMaySubscribe(ServerInfo server) throws JellyfinApiException {
        ServerDialect d = ServerDialect.forServer(server);
        String users = d.allowsSubscription(false, false) ? "users " : "";
        String admins = d.allowsSubscription(false, true) ? "admins " : "";
        return (users + admins + (d.allowsSubscription(true, false) ? "API keys" : "")).trim();
    }

    @Test
    void whenJellyfinStreamsLiveThenTheSocketIsUnderItsBaseUrlWithTheAuthorizationHeader()
            throws JellyfinApiException {
        ServerDialect d = ServerDialect.forServer(jellyfin(10, 10, 7));
        WebSocketTarget t = d.webSocket(URI.create("https://media.example:8920/jellyfin/"), OperationCatalog.IDENTITY,
                Credentials.apiKey("secretkey0123", null));
        assertEquals(URI.create("wss://media.example:8920/jellyfin/socket"), t.uri());
        assertTrue(t.headers().get("Authorization").startsWith("MediaBrowser Client=\"openHAB\""));
        assertTrue(t.headers().get("Authorization").endsWith("Token=\"secretkey0123\""));
        assertFalse(t.toString().contains("secretkey0123"));
    }

    @Test
    void whenEmbyStreamsLiveThenTheTokenAndDeviceGoInTheQueryAndNeverInItsLogForm() throws JellyfinApiException {
        ServerDialect d = ServerDialect
                .forServer(new ServerInfo(ServerProduct.EMBY, ServerVersion.of(4, 8, 11), "i", "n"));
        WebSocketTarget t = d.webSocket(URI.create("http://nas:8096"), OperationCatalog.IDENTITY,
                Credentials.userToken("tok123", "u1"));
        assertEquals("ws://nas:8096/emby/embywebsocket?api_key=tok123&deviceId=3f2b9c1e-openhab-bridge",
                t.uri().toString());
        assertEquals("ws://nas:8096/emby/embywebsocket?***", t.redactedUri());
        assertTrue(t.headers().isEmpty());
    }
}
