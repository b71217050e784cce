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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.jellyfin.host.Event;
import org.openhab.binding.jellyfin.probe.ProbeOptions.UsageException;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.types.Command;

/**
 * Carries out the probe's input lines: {@code command <thingUID> <channelId> <command>},
 * {@code action <thingUID> <actionName> <args...>}, {@code thing <typeId> <id> [key=value...]},
 * {@code await <thingUID> [<channelId> <state>]} and {@code quit}. Empty lines and lines starting with {@code #} are
 * skipped.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
final class InputLines {

    private static final Pattern COMMAND = Pattern.compile("command\\s+(\\S+)\\s+(\\S+)\\s+(.+)");
    private static final Pattern AWAIT_STATE = Pattern.compile("await\\s+(\\S+)\\s+(\\S+)\\s+(.+)");
    private static final Duration AWAIT_TIMEOUT = Duration.ofSeconds(30);

    /** The line cannot be carried out; the message says why. */
    static final class LineException extends Exception {
        private static final long serialVersionUID = 1L;

        LineException(String message) {
            super(message);
        }
    }

    private final ProbeHost host;
    private final ProbeOutput output;
    private final EventRelay shown;

    InputLines(ProbeHost host, ProbeOutput output, EventRelay shown) {
        this.host = host;
        this.output = output;
        this.shown = shown;
    }

    /**
     * @return false for {@code quit}, true to go on
     * @throws LineException when the line is wrong or what it asks for failed
     */
    boolean execute(String rawLine) throws LineException {
        String line = rawLine.trim();
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        List<String> words = words(line);
        try {
            switch (words.get(0)) {
                case "quit", "exit" -> {
                    return false;
                }
                case "command" -> command(line);
                case "action" -> action(words);
                case "thing" -> thing(words);
                case "await" -> await(line, words);
                default -> throw new LineException("unknown input '" + words.get(0)
                        + "': expected command, action, thing, await or quit");
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new LineException(String.valueOf(e.getMessage()));
        }
        return true;
    }

    private void command(String line) throws LineException {
        Matcher matcher = COMMAND.matcher(line);
        if (!matcher.matches()) {
            throw new LineException("usage: command <thingUID> <channelId> <command>");
        }
        ChannelUID channelUID = new ChannelUID(new ThingUID(matcher.group(1)), matcher.group(2));
        String text = unquote(matcher.group(3).trim());
        String itemType = host.itemType(channelUID);
        if ("trigger".equals(itemType)) {
            throw new LineException(channelUID + " is a trigger channel: it takes no commands");
        }
        Command command = CommandTypes.parse(itemType, text);
        if (command == null) {
            throw new LineException("'" + text + "' is no command for " + channelUID + " (" + itemType + ")");
        }
        host.send(channelUID, command);
        output.note("sent   " + channelUID + " " + command);
    }

    private void action(List<String> words) throws LineException {
        if (words.size() < 3) {
            throw new LineException("usage: action <thingUID> <actionName> <args...>");
        }
        ThingUID thingUID = new ThingUID(words.get(1));
        host.thing(thingUID);
        ThingActions actions = host.actions(thingUID);
        if (actions == null) {
            throw new LineException(thingUID + " has no actions");
        }
        String name = words.get(2);
        Object result = ActionCall.invoke(actions, name, words.subList(3, words.size()));
        if (Boolean.FALSE.equals(result)) {
            throw new LineException("action " + name + " on " + thingUID + " returned false");
        }
        output.note("action " + thingUID + " " + name + " -> " + result);
    }

    private void thing(List<String> words) throws LineException {
        if (words.size() < 3) {
            throw new LineException("usage: thing <typeId> <id> [key=value...]");
        }
        try {
            host.startThing(ExtraThing.of(words.get(1), words.get(2), words.subList(3, words.size())));
        } catch (UsageException e) {
            throw new LineException(String.valueOf(e.getMessage()));
        }
    }

    private void await(String line, List<String> words) throws LineException {
        boolean seen;
        try {
            if (words.size() == 2) {
                ThingUID thingUID = new ThingUID(words.get(1));
                seen = shown.awaitLatest(e -> e instanceof Event.StatusUpdated s && s.thingUID().equals(thingUID),
                        e -> ((Event.StatusUpdated) e).info().getStatus() == ThingStatus.ONLINE, AWAIT_TIMEOUT);
            } else {
                Matcher matcher = AWAIT_STATE.matcher(line);
                if (!matcher.matches()) {
                    throw new LineException("usage: await <thingUID> [<channelId> <state>]");
                }
                ChannelUID channelUID = new ChannelUID(new ThingUID(matcher.group(1)), matcher.group(2));
                String wanted = unquote(matcher.group(3).trim());
                seen = shown.awaitLatest(e -> e instanceof Event.StateUpdated s && s.channelUID().equals(channelUID),
                        e -> ((Event.StateUpdated) e).state().toString().equals(wanted), AWAIT_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LineException("interrupted: " + line);
        }
        if (!seen) {
            throw new LineException("not seen within " + AWAIT_TIMEOUT.toSeconds() + " s: " + line);
        }
    }

    /** Splits a line at blanks; double quotes group words ({@code \"} is a quote inside them). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    word.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }
}
