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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A general command for a remote session: a name and string arguments. Without arguments it goes to
 * {@code /Sessions/{id}/Command/{name}}, with arguments as a JSON body to {@code /Sessions/{id}/Command}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public record GeneralCommand(String name, Map<String, String> arguments) {

    public GeneralCommand {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    public static GeneralCommand of(String name) {
        return new GeneralCommand(name, Map.of());
    }

    public static GeneralCommand mute() {
        return of("Mute");
    }

    public static GeneralCommand unmute() {
        return of("Unmute");
    }

    /**
     * @param volume 0 to 100 (clamped)
     */
    public static GeneralCommand setVolume(int volume) {
        return new GeneralCommand("SetVolume", Map.of("Volume", String.valueOf(Math.max(0, Math.min(100, volume)))));
    }

    /**
     * @param index the stream index
     */
    public static GeneralCommand setAudioStreamIndex(int index) {
        return new GeneralCommand("SetAudioStreamIndex", Map.of("Index", String.valueOf(index)));
    }

    /**
     * @param index the stream index, -1 to turn subtitles off
     */
    public static GeneralCommand setSubtitleStreamIndex(int index) {
        return new GeneralCommand("SetSubtitleStreamIndex", Map.of("Index", String.valueOf(index)));
    }

    /**
     * @param mode RepeatNone, RepeatAll or RepeatOne
     */
    public static GeneralCommand setRepeatMode(String mode) {
        return new GeneralCommand("SetRepeatMode", Map.of("RepeatMode", mode));
    }

    /**
     * @param shuffle true for a shuffled queue, false for the original order
     */
    public static GeneralCommand setShuffleQueue(boolean shuffle) {
        return new GeneralCommand("SetShuffleQueue", Map.of("ShuffleMode", shuffle ? "Shuffle" : "Sorted"));
    }
}
