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
/**
 * An embedded Jellyfin/Emby server for end-to-end tests. It is an independent peer: nothing here
 * imports binding code or openHAB types ({@code NoBindingImportTest}).
 *
 * <h2>Start a dialect</h2>
 *
 * <pre>
 * try (JellyfinSimulator sim = JellyfinSimulator.builder(Dialect.JELLYFIN_10_10).version("10.10.6").start()) {
 *     sim.baseUrl();      // http://127.0.0.1:PORT   (Emby: http://127.0.0.1:PORT/emby)
 *     sim.webSocketUrl(); // ws://127.0.0.1:PORT/socket (Emby: ws://127.0.0.1:PORT/embywebsocket)
 * }
 * </pre>
 *
 * Builder options: {@code version}, {@code legacyAuthorization} (10.11+), {@code strict} (default on),
 * {@code clock} (default {@link org.openhab.binding.jellyfin.simulator.SimClock#scripted()}),
 * {@code progressStep}, {@code userDataBatch}, {@code keepAlive}, {@code discovery(port)}, {@code serverName},
 * {@code port(p)} (a fixed TCP port), {@code selfSignedTls()} (HTTPS/WSS with a certificate no client trusts).
 *
 * <h2>Seeded state</h2>
 * Users {@code alice}/{@code alice-secret} (admin) and {@code bob}/{@code bob-secret}; API key
 * {@link org.openhab.binding.jellyfin.simulator.SimAccounts#API_KEY}; library keys film-1..3, series,
 * season-1..2, episode-1-1..1-3, episode-2-1..2-2, album, track-1..4 ({@code sim.itemId("film-1")}).
 * Jellyfin ids are 32-hex GUIDs, Emby item ids are numbers. Each user has their own watched state; reading or
 * writing another user's needs administrator rights (403) from Jellyfin 10.9 on and on Emby, not on 10.8. Every item
 * has a primary image (a PNG the simulator draws, scaled to {@code maxWidth}) except episode-1-2, episode-2-2 (their
 * series' image is named in {@code SeriesPrimaryImageTag}) and track-3 ({@code AlbumPrimaryImageTag}).
 *
 * <h2>Script</h2>
 * {@code sim.newClient("TV").user("bob").app("Jellyfin Android TV").deviceId("tv-1").notControllable().add()}
 * ({@code .alsoWatching("alice")} adds an AdditionalUsers entry)
 * returns a {@link org.openhab.binding.jellyfin.simulator.SimClient}: {@code play("film-1", "film-2")},
 * {@code pause()}, {@code resume()}, {@code seek(d)}, {@code next()}, {@code stop()}, {@code volume(n)},
 * {@code mute(b)}, {@code capabilities(..)}, {@code progress(d)}, {@code remove()}. Also
 * {@code sim.addClients(n)}, {@code sim.advance(duration)}, {@code sim.markPlayed(user, item)},
 * {@code sim.login(user, deviceId)}, {@code sim.revokeToken(t)}, {@code sim.setVersion(v)},
 * {@code sim.restart()}, {@code sim.stop()}, {@code sim.dropAllSockets()}, {@code sim.failNextRequests(n, 503)},
 * {@code sim.delayNextRequests(n, d)}, {@code sim.sendMalformedJson()}, {@code sim.sendOversizedMessage(bytes)},
 * {@code sim.broadcast(type)} (any message type to every socket, for hostile-input tests),
 * {@code sim.libraryChanged(added, updated, removed)} (a LibraryUpdateInfo to users' sockets, as the servers send it;
 * {@code sim.library().addEpisode("season-2", name)} adds an item first),
 * {@code sim.library().replaceImage(key)}, {@code sim.holdImages()}/{@code releaseImages()},
 * {@code sim.serveOversizedImages(true)}, {@code sim.addPushListener((type, nanoTime) -> ..)} (told right before
 * each message is written to a socket).
 *
 * <h2>Assert</h2>
 * {@code sim.requests().await(Req.post("/Sessions/{id}/Playing/Pause").query("x", "y"), timeout)},
 * {@code sim.requests().assertReceived(..)} (a {@code RecordedRequest} has {@code arrivalNanos()}, the real time it
 * arrived), {@code sim.assertNoSpecViolations()} (strict mode: each
 * request is validated against the version's spec in {@code ${jellyfin.shared.dir}/openapi}; a
 * non-conformant one is answered 400 and recorded), {@code sim.assertNoResponseViolations()}.
 * Where the servers knowingly differ from their specs: {@link org.openhab.binding.jellyfin.simulator.SpecExceptions}.
 * {@link org.openhab.binding.jellyfin.simulator.WsProbe} is a plain WebSocket client for tests.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.openhab.binding.jellyfin.simulator;
