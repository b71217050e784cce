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
package org.openhab.binding.jellyfin.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A simulated client (a TV, a phone app…) driven by the test: what its user does on the device.
 * Items are given by library key ({@code "film-1"}, {@code "episode-1-2"}, {@code "track-3"}; see
 * {@link SimLibrary#idOf}) or by id. Each call changes the session and pushes like the real server.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimClient {
    private final SimState state;
    private final SimSession session;

    SimClient(SimState state, SimSession session) {
        this.state = state;
        this.session = session;
    }

    public SimSession session() {
        return session;
    }

    /** @return the session id as GET /Sessions reports it */
    public String id() {
        return session.id();
    }

    public String deviceId() {
        return session.deviceId();
    }

    /** Starts playing the items (as a queue) from the first one: an immediate {@code Sessions} push. */
    public SimClient play(String... items) {
        return playFrom(0, items);
    }

    public SimClient playFrom(long startTicks, String... items) {
        state.play(session, ids(items), 0, startTicks);
        return this;
    }

    public SimClient pause() {
        state.setPaused(session, true);
        return this;
    }

    public SimClient resume() {
        state.setPaused(session, false);
        return this;
    }

    public SimClient stop() {
        state.stop(session);
        return this;
    }

    public SimClient seek(Duration position) {
        state.seek(session, position.toNanos() / 100);
        return this;
    }

    public SimClient next() {
        state.skip(session, 1);
        return this;
    }

    public SimClient previous() {
        state.skip(session, -1);
        return this;
    }

    public SimClient volume(int level) {
        state.update(session, s -> s.volumeLevel = level);
        return this;
    }

    public SimClient mute(boolean muted) {
        state.update(session, s -> s.muted = muted);
        return this;
    }

    public SimClient repeat(String repeatMode) {
        state.update(session, s -> s.repeatMode = repeatMode);
        return this;
    }

    public SimClient shuffle(boolean shuffle) {
        state.update(session, s -> s.shuffle = shuffle);
        return this;
    }

    public SimClient audioStream(int index) {
        state.update(session, s -> s.audioStreamIndex = index);
        return this;
    }

    public SimClient subtitleStream(int index) {
        state.update(session, s -> s.subtitleStreamIndex = index);
        return this;
    }

    /** Changes what the client announces (a capability change: immediate push). */
    public SimClient capabilities(boolean controllable, String... commands) {
        List<String> list = Arrays.asList(commands);
        state.update(session, s -> {
            s.supportsRemoteControl = controllable;
            s.supportedCommands = list;
        });
        return this;
    }

    /** The client reports its position (periodic progress: throttled per subscription). */
    public SimClient progress(Duration position) {
        state.progress(session, position.toNanos() / 100);
        return this;
    }

    /** The session ends (the app closed): an immediate push. */
    public void remove() {
        state.removeSession(session.id());
    }

    private List<String> ids(String... items) {
        return Arrays.stream(items).map(this::resolve).toList();
    }

    private String resolve(String keyOrId) {
        if (state.library.find(keyOrId).isPresent()) {
            return SimJson.normalizeId(keyOrId);
        }
        return state.library.idOf(keyOrId);
    }
}
