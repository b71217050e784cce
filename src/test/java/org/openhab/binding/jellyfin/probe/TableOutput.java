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
package org.openhab.binding.jellyfin.probe;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Plain text for people and CI logs: a line for each status change, trigger event and narration, and a table of
 * every thing with its channels' states, printed again when states change (once they pause for a moment). Channels
 * changed since the previous table are marked with {@code *}; UNDEF and NULL channels are only counted.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class TableOutput implements ProbeOutput {

    private static final long QUIET_MILLIS = 150;
    private static final long MAX_DELAY_MILLIS = 1000;
    private static final int NAME_WIDTH = 28;
    private static final int VALUE_WIDTH = 70;
    private static final String RULE = "-".repeat(78);

    /** What the table shows of one thing. */
    private static final class View {
        String status = "UNINITIALIZED";
        final Map<String, String> states = new LinkedHashMap<>();
        final Map<String, String> triggers = new LinkedHashMap<>();
        final Set<String> changed = new HashSet<>();
    }

    private final PrintStream out;
    private final Texts texts;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService renderer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "probe-table");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private final Map<ThingUID, View> things = new LinkedHashMap<>();
    private @Nullable ScheduledFuture<?> pending;
    private long firstChange;
    private boolean dirty;
    private boolean closed;

    TableOutput(PrintStream out, Texts texts) {
        this.out = out;
        this.texts = texts;
    }

    @Override
    public void status(ThingUID thingUID, ThingStatusInfo info) {
        String text = statusText(info);
        synchronized (lock) {
            view(thingUID).status = text;
            line("status " + thingUID + " " + text);
            changed();
        }
    }

    private String statusText(ThingStatusInfo info) {
        StringBuilder text = new StringBuilder(info.getStatus().name());
        if (info.getStatusDetail() != ThingStatusDetail.NONE) {
            text.append(" (").append(info.getStatusDetail().name()).append(')');
        }
        String description = texts.resolve(info.getDescription());
        if (description != null && !description.isBlank()) {
            text.append(": ").append(description);
        }
        return text.toString();
    }

    @Override
    public void state(ChannelUID channelUID, State state) {
        synchronized (lock) {
            View view = view(channelUID.getThingUID());
            String text = state instanceof UnDefType ? "" : state.toString();
            if (!text.equals(view.states.put(channelUID.getId(), text))) {
                view.changed.add(channelUID.getId());
                changed();
            }
        }
    }

    @Override
    public void trigger(ChannelUID channelUID, String event) {
        synchronized (lock) {
            View view = view(channelUID.getThingUID());
            view.triggers.put(channelUID.getId(), event);
            view.changed.add(channelUID.getId());
            line("event  " + channelUID.getThingUID() + " " + channelUID.getId() + " " + event);
            changed();
        }
    }

    @Override
    public void note(String text) {
        synchronized (lock) {
            line(text);
        }
    }

    private View view(ThingUID thingUID) {
        return things.computeIfAbsent(thingUID, uid -> new View());
    }

    private void line(String text) {
        if (!closed) {
            out.println(String.format(Locale.ROOT, "[%6.2fs] %s", (System.nanoTime() - start) / 1e9, text));
            out.flush();
        }
    }

    /** A table follows once the changes pause for a moment, or a second after the first one at the latest. */
    private void changed() {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        ScheduledFuture<?> job = pending;
        if (!dirty) {
            dirty = true;
            firstChange = now;
        } else if (job != null && (now - firstChange) / 1_000_000 < MAX_DELAY_MILLIS - QUIET_MILLIS) {
            job.cancel(false);
        } else if (job != null) {
            return;
        }
        pending = renderer.schedule(this::render, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void refresh() {
        synchronized (lock) {
            if (dirty) {
                render();
            }
        }
    }

    private void render() {
        synchronized (lock) {
            ScheduledFuture<?> job = pending;
            if (job != null) {
                job.cancel(false);
            }
            pending = null;
            dirty = false;
            if (closed || things.isEmpty()) {
                return;
            }
            StringBuilder table = new StringBuilder();
            table.append(String.format(Locale.ROOT, "[%6.2fs] %s%n", (System.nanoTime() - start) / 1e9, RULE));
            things.forEach((uid, view) -> appendThing(table, uid, view));
            table.append("          ").append(RULE).append(System.lineSeparator());
            out.print(table);
            out.flush();
        }
    }

    private static void appendThing(StringBuilder table, ThingUID uid, View view) {
        table.append("          ").append(uid).append("  ").append(view.status).append(System.lineSeparator());
        int undefined = 0;
        for (Map.Entry<String, String> entry : view.states.entrySet()) {
            if (entry.getValue().isEmpty()) {
                undefined++;
            } else {
                appendRow(table, view, entry.getKey(), entry.getValue());
            }
        }
        view.triggers.forEach((channel, event) -> appendRow(table, view, channel, "(last event: " + event + ")"));
        if (undefined > 0) {
            table.append("              (").append(undefined).append(undefined == 1 ? " channel" : " channels")
                    .append(" UNDEF)").append(System.lineSeparator());
        }
        view.changed.clear();
    }

    private static void appendRow(StringBuilder table, View view, String channel, String value) {
        String shown = value.length() > VALUE_WIDTH ? value.substring(0, VALUE_WIDTH - 3) + "..." : value;
        table.append(view.changed.contains(channel) ? "            * " : "              ")
                .append(String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s ", channel)).append(shown)
                .append(System.lineSeparator());
    }

    @Override
    public void close() {
        synchronized (lock) {
            render();
            closed = true;
        }
        renderer.shutdownNow();
    }
}
