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

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openhab.binding.jellyfin.benchmark.dto.SessionInfoDto;
import org.openhab.binding.jellyfin.internal.live.DiffResult;
import org.openhab.binding.jellyfin.internal.live.JsonReaderSessionsParser;
import org.openhab.binding.jellyfin.internal.live.LiveParseException;
import org.openhab.binding.jellyfin.internal.live.MessageParser;
import org.openhab.binding.jellyfin.internal.live.SessionDiff;
import org.openhab.binding.jellyfin.internal.live.SessionSnapshot;
import org.openhab.binding.jellyfin.internal.live.SessionState;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One {@code Sessions} push, from its text to the list of changed sessions:
 * <ul>
 * <li>{@link #bindingParseAndDiff()}: the binding's streaming parser, snapshot and diff against the
 * previous push;</li>
 * <li>{@link #jsonReaderParseAndDiff()}: the same push read with Gson's streaming {@code JsonReader}
 * ({@link JsonReaderSessionsParser}: only the fields the snapshot needs, {@code skipValue()} for the rest), then the
 * same snapshot and diff;</li>
 * <li>{@link #fullDtoParseAndDiff()}: the baseline, the whole push read into full Gson DTO trees as a
 * generated OpenAPI client does, diffed by comparing the fields the binding uses;</li>
 * <li>{@link #unchangedPush(Changes)}: the binding given the previous push again; it must report no
 * change, or the run fails.</li>
 * </ul>
 * Sampled times: the report takes the median, which a burst of load from other processes on a shared
 * machine moves far less than the mean.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionsBenchmark {

    @Param({ "1", "10", "100", "500" })
    public int sessions;

    private final MessageParser parser = new MessageParser();
    private final JsonReaderSessionsParser jsonReader = new JsonReaderSessionsParser();
    private final SessionDiff diff = new SessionDiff();
    private final FullDtoDiff dtoDiff = new FullDtoDiff();
    private Payloads payloads = Payloads.of(1);
    private SessionSnapshot previous = SessionSnapshot.EMPTY;
    private Map<String, SessionInfoDto> previousDtos = Map.of();

    /** Counts the changes the unchanged pushes produced; reported by JMH next to the timing. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Changes {
        public long changesOnUnchangedPush;
    }

    @Setup(Level.Trial)
    public void readFirstPush() throws LiveParseException {
        payloads = Payloads.of(sessions);
        previous = SessionSnapshot.of(Payloads.parse(parser, payloads.first).sessions(), Payloads.RECEIVED);
        previousDtos = FullDtoDiff.byId(dtoDiff.parse(payloads.first));
        List<SessionState> expectedSessions = Payloads.parse(parser, payloads.next).sessions();
        if (!jsonReader.parseSessionsMessage(payloads.next).equals(expectedSessions)) {
            throw new IllegalStateException("the JsonReader variant reads other sessions than the binding");
        }
        int expected = payloads.playing - countPaused();
        int binding = bindingParseAndDiff().changes().size();
        int streaming = jsonReaderParseAndDiff().changes().size();
        int baseline = fullDtoParseAndDiff().size();
        if (binding != expected || streaming != expected || baseline != expected) {
            throw new IllegalStateException("the next push should change the " + expected
                    + " sessions that play on, the binding reports " + binding + ", the JsonReader variant "
                    + streaming + ", the baseline " + baseline);
        }
    }

    private int countPaused() {
        return (int) previous.sessions().stream().filter(s -> s.nowPlayingItem() != null && s.playState().paused())
                .count();
    }

    @Benchmark
    public DiffResult bindingParseAndDiff() {
        SessionSnapshot current = SessionSnapshot.of(Payloads.parse(parser, payloads.next).sessions(),
                Payloads.RECEIVED.plus(Payloads.INTERVAL));
        return diff.diff(previous, current);
    }

    @Benchmark
    public DiffResult jsonReaderParseAndDiff() throws LiveParseException {
        SessionSnapshot current = SessionSnapshot.of(jsonReader.parseSessionsMessage(payloads.next),
                Payloads.RECEIVED.plus(Payloads.INTERVAL));
        return diff.diff(previous, current);
    }

    @Benchmark
    public List<String> fullDtoParseAndDiff() {
        return dtoDiff.changedSessions(previousDtos, dtoDiff.parse(payloads.next));
    }

    @Benchmark
    public DiffResult unchangedPush(Changes changes) {
        SessionSnapshot current = SessionSnapshot.of(Payloads.parse(parser, payloads.repeat).sessions(),
                Payloads.RECEIVED.plus(Payloads.INTERVAL));
        DiffResult result = diff.diff(previous, current);
        int count = result.changes().size();
        if (count != 0) {
            changes.changesOnUnchangedPush += count;
            throw new IllegalStateException("an unchanged push produced " + count + " changes: " + result.changes());
        }
        return result;
    }
}
