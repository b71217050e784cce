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
package org.openhab.binding.jellyfin.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhab.binding.jellyfin.internal.live.MessageParser;
import org.openhab.binding.jellyfin.internal.live.SessionSnapshot;
import org.openjdk.jol.info.GraphLayout;

import com.google.gson.GsonBuilder;

/**
 * Measures what a {@link SessionSnapshot} keeps on the heap: the JOL size of everything reachable from
 * it (session states, items, strings, maps; sets shared through the parser's cache are counted once,
 * as they exist once), for 100 and 1,000 sessions, next to the full DTO list of the same push.
 * Writes {@code retained-memory.json} for {@link BenchmarkReport}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public final class RetainedMemory {

    static final int[] SESSION_COUNTS = { 100, 1000 };

    private RetainedMemory() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/retained-memory.json");
        MessageParser parser = new MessageParser();
        FullDtoDiff dtos = new FullDtoDiff();
        Map<String, Object> results = new LinkedHashMap<>();
        for (int sessions : SESSION_COUNTS) {
            Payloads payloads = Payloads.of(sessions);
            SessionSnapshot snapshot = SessionSnapshot.of(Payloads.parse(parser, payloads.first).sessions(),
                    Payloads.RECEIVED);
            long snapshotBytes = GraphLayout.parseInstance(snapshot).totalSize();
            long dtoBytes = GraphLayout.parseInstance(dtos.parse(payloads.first)).totalSize();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("sessions", sessions);
            result.put("playing", payloads.playing);
            result.put("snapshotBytes", snapshotBytes);
            result.put("snapshotBytesPerSession", snapshotBytes / sessions);
            result.put("fullDtoBytes", dtoBytes);
            result.put("fullDtoBytesPerSession", dtoBytes / sessions);
            results.put(String.valueOf(sessions), result);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(results),
                StandardCharsets.UTF_8);
    }
}
