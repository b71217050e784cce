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
package org.openhab.binding.jellyfin.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.jellyfin.host.Descriptors;

/**
 * The README documents every thing type, channel and configuration parameter the descriptors define.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
class ReadmeTest {

    @Test
    void readmeListsEveryIdTheDescriptorsDefine() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Descriptors descriptors = Descriptors.load();
        List<String> missing = new ArrayList<>();
        descriptors.thingTypes().forEach((thingType, descriptor) -> {
            if (!readme.contains("| `" + thingType + "` |")) {
                missing.add("thing type " + thingType);
            }
            if (!readme.contains("### `" + thingType + "`")) {
                missing.add("section of " + thingType);
            }
            descriptor.channels().keySet().forEach(channel -> {
                if (!readme.contains("| `" + channel + "` |")) {
                    missing.add("channel " + thingType + ":" + channel);
                }
            });
            descriptors.configParameters(thingType).forEach(parameter -> {
                if (!readme.contains("| `" + parameter + "` |")) {
                    missing.add("parameter " + thingType + ":" + parameter);
                }
            });
        });
        assertEquals(List.of(), missing);
    }
}
