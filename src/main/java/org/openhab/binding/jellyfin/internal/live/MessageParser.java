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
package org.openhab.binding.jellyfin.internal.live;

import static org.openhab.binding.jellyfin.internal.live.LiveMessage.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.live.LiveParseException.Kind;

/**
 * Parses WebSocket messages: the envelope ({@code MessageType}, {@code MessageId}), then {@code Data} typed by
 * the message type ({@link SessionsParser} for session lists, {@link UserDataParser} for user data,
 * {@link LibraryParser} for library changes). The servers write the fields in varying order; when
 * {@code MessageType} comes before {@code Data} (the usual case) both are read during one pass over the text,
 * otherwise {@code Data} is skipped and read in a second pass once its type is known. Never throws: unknown types and bad input give
 * {@link LiveMessage.Other}. Stateless and thread-safe.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MessageParser {

    private static final String DATA = "Data";
    private static final int MAX_KEEP_ALIVE_SECONDS = 86_400;

    private final ParserLimits limits;
    private final SessionsParser sessionsParser;

    public MessageParser() {
        this(ParserLimits.DEFAULT);
    }

    public MessageParser(ParserLimits limits) {
        this.limits = limits;
        this.sessionsParser = new SessionsParser(limits);
    }

    /**
     * @param text one WebSocket text frame
     * @return the typed message; {@link LiveMessage.Other} with the failure when it could not be parsed
     */
    public LiveMessage parse(String text) {
        try {
            JsonCursor cursor = JsonCursor.open(text, limits);
            String type = null;
            boolean hasData = false;
            LiveMessage inline = null;
            cursor.beginObject();
            while (cursor.hasNext()) {
                switch (cursor.nextName()) {
                    case "MessageType" -> type = cursor.optText();
                    case "MessageId" -> cursor.optString();
                    case DATA -> {
                        hasData = !cursor.nextIsNull();
                        if (hasData && type != null && needsData(type)) {
                            inline = readData(type, cursor);
                        } else if (hasData) {
                            cursor.skipValue();
                        }
                    }
                    default -> cursor.skipValue();
                }
            }
            cursor.endObject();
            cursor.expectEnd();
            if (type == null || type.isEmpty()) {
                throw new LiveParseException(Kind.MISSING_FIELD, "message without MessageType");
            }
            if (inline != null) {
                return inline;
            }
            if (!needsData(type)) {
                return new Other(type, 0, null);
            }
            LiveMessage message = hasData ? readDataAgain(text, type) : null;
            if (message == null) {
                throw new LiveParseException(Kind.MISSING_FIELD, type + " message without Data");
            }
            return message;
        } catch (LiveParseException e) {
            return new Other("", 0, e);
        } catch (IllegalStateException | NumberFormatException e) {
            return new Other("", 0, LiveParseException.of(e));
        }
    }

    /** The second pass, for messages whose {@code Data} came before their {@code MessageType}. */
    private @Nullable LiveMessage readDataAgain(String text, String type) throws LiveParseException {
        JsonCursor cursor = JsonCursor.open(text, limits);
        LiveMessage message = null;
        cursor.beginObject();
        while (cursor.hasNext()) {
            if (DATA.equals(cursor.nextName()) && !cursor.nextIsNull()) {
                message = readData(type, cursor);
            } else {
                cursor.skipValue();
            }
        }
        cursor.endObject();
        return message;
    }

    private static boolean needsData(String type) {
        return SESSIONS.equals(type) || USER_DATA_CHANGED.equals(type) || LIBRARY_CHANGED.equals(type)
                || FORCE_KEEP_ALIVE.equals(type);
    }

    /** Reads the {@code Data} of a type that {@link #needsData(String) needs it}. */
    private LiveMessage readData(String type, JsonCursor cursor) throws LiveParseException {
        if (SESSIONS.equals(type)) {
            return new Sessions(sessionsParser.readSessions(cursor));
        }
        if (USER_DATA_CHANGED.equals(type)) {
            return UserDataParser.read(cursor);
        }
        if (LIBRARY_CHANGED.equals(type)) {
            return LibraryParser.read(cursor);
        }
        Integer seconds = cursor.optInt();
        if (seconds == null || seconds <= 0 || seconds > MAX_KEEP_ALIVE_SECONDS) {
            throw new LiveParseException(Kind.WRONG_TYPE,
                    "ForceKeepAlive Data is not a number of seconds in 1.." + MAX_KEEP_ALIVE_SECONDS);
        }
        return new Other(type, seconds, null);
    }
}
