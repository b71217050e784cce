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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * One JSON object per line, for scripts:
 * {@code {"type":"status","thing":UID,"status":"ONLINE","detail":"NONE","description":null}},
 * {@code {"type":"state","thing":UID,"channel":ID,"state":TEXT}} and
 * {@code {"type":"trigger","thing":UID,"channel":ID,"event":TEXT}}, where TEXT is the state's or event's
 * {@code toString()} and the description is the status description as openHAB shows it (texts resolved).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class JsonOutput implements ProbeOutput {

    private final Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private final PrintStream out;
    private final Texts texts;
    private volatile boolean closed;

    JsonOutput(PrintStream out, Texts texts) {
        this.out = out;
        this.texts = texts;
    }

    @Override
    public void status(ThingUID thingUID, ThingStatusInfo info) {
        JsonObject line = line("status", thingUID);
        line.addProperty("status", info.getStatus().name());
        line.addProperty("detail", info.getStatusDetail().name());
        line.addProperty("description", texts.resolve(info.getDescription()));
        print(line);
    }

    @Override
    public void state(ChannelUID channelUID, State state) {
        JsonObject line = line("state", channelUID.getThingUID());
        line.addProperty("channel", channelUID.getId());
        line.addProperty("state", state.toString());
        print(line);
    }

    @Override
    public void trigger(ChannelUID channelUID, String event) {
        JsonObject line = line("trigger", channelUID.getThingUID());
        line.addProperty("channel", channelUID.getId());
        line.addProperty("event", event);
        print(line);
    }

    private static JsonObject line(String type, ThingUID thingUID) {
        JsonObject line = new JsonObject();
        line.addProperty("type", type);
        line.addProperty("thing", thingUID.getAsString());
        return line;
    }

    private void print(JsonObject line) {
        String text = gson.toJson(line);
        synchronized (out) {
            if (!closed) {
                out.println(text);
                out.flush();
            }
        }
    }

    @Override
    public void note(String text) {
        // people's narration is not part of the machine output
    }

    @Override
    public void close() {
        synchronized (out) {
            closed = true;
            out.flush();
        }
    }
}
