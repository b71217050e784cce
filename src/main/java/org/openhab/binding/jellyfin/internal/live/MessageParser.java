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

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Parses WebSocket messages in two passes: the envelope first ({@code MessageType}, {@code MessageId}),
 * then {@code Data} typed by the message type. The servers write the fields in varying order; when
 * {@code MessageType} comes before {@code Data} (the usual case) both passes happen during one read
 * of the text, otherwise {@code Data} is skipped and read again once its type is known.
 * Never throws: unknown types give {@link LiveMessage.Ignored}, bad input {@link LiveMessage.Failed}.
 * Stateless and thread-safe.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MessageParser {

    private static final String DATA = "Data";
    private static final int MAX_KEEP_ALIVE_SECONDS = 86_400;

    private final ParserLimits limits;
    private final SessionsParser sessionsParser;
    private final UserDataParser userDataParser = new UserDataParser();

    public MessageParser() {
        this(ParserLimits.DEFAULT);
    }

    public MessageParser(ParserLimits limits) {
        this.limits = limits;
        this.sessionsParser = new SessionsParser(limits);
    }

    /**
     * @param text one WebSocket text frame
     * @return the typed message, {@link LiveMessage.Ignored} or {@link LiveMessage.Failed}
     */
    public LiveMessage parse(String text) {
        try {
            FirstPass first = readEnvelope(text, true);
            LiveMessage inline = first.inlineMessage;
            if (inline != null) {
                return inline;
            }
            MessageType type = first.envelope.knownType();
            if (type == null) {
                return new LiveMessage.Ignored(first.envelope.messageType());
            }
            if (first.envelope.hasData() && needsData(type)) {
                return readDataAgain(text, type);
            }
            return withoutData(type);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return new LiveMessage.Failed(JsonCursor.failureOf(e));
        }
    }

    /**
     * Reads only the envelope; {@code Data} is skipped.
     *
     * @param text one WebSocket text frame
     * @return the envelope or a failure; never throws
     */
    public ParseResult<MessageEnvelope> parseEnvelope(String text) {
        try {
            return new ParseResult.Success<>(readEnvelope(text, false).envelope);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return new ParseResult.Failure<>(JsonCursor.failureOf(e));
        }
    }

    private FirstPass readEnvelope(String text, boolean parseData) throws IOException {
        JsonCursor cursor = JsonCursor.open(text, limits);
        String type = null;
        String id = null;
        boolean hasData = false;
        LiveMessage inline = null;
        cursor.beginObject();
        while (cursor.hasNext()) {
            switch (cursor.nextName()) {
                case "MessageType" -> type = cursor.optText();
                case "MessageId" -> id = cursor.optString();
                case DATA -> {
                    if (cursor.nextIsNull()) {
                        hasData = false;
                    } else {
                        hasData = true;
                        MessageType known = type == null ? null : MessageType.fromWireName(type);
                        if (parseData && known != null && needsData(known)) {
                            inline = readData(known, cursor);
                        } else {
                            cursor.skipValue();
                        }
                    }
                }
                default -> cursor.skipValue();
            }
        }
        cursor.endObject();
        cursor.expectEnd();
        if (type == null || type.isEmpty()) {
            throw new LiveParseException(ParseFailure.Kind.MISSING_FIELD, "message without MessageType");
        }
        return new FirstPass(new MessageEnvelope(type, id, hasData), inline);
    }

    /** The second pass, for messages whose {@code Data} came before their {@code MessageType}. */
    private LiveMessage readDataAgain(String text, MessageType type) throws IOException {
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
        return message != null ? message : withoutData(type);
    }

    private LiveMessage readData(MessageType type, JsonCursor cursor) throws IOException {
        return switch (type) {
            case SESSIONS -> new LiveMessage.Sessions(sessionsParser.readSessions(cursor));
            case USER_DATA_CHANGED -> new LiveMessage.UserDataChanged(userDataParser.read(cursor));
            case FORCE_KEEP_ALIVE -> new LiveMessage.ForceKeepAlive(readSeconds(cursor));
            default -> {
                cursor.skipValue();
                yield withoutData(type);
            }
        };
    }

    private static int readSeconds(JsonCursor cursor) throws IOException {
        Integer seconds = cursor.optInt();
        if (seconds == null || seconds <= 0 || seconds > MAX_KEEP_ALIVE_SECONDS) {
            throw new LiveParseException(ParseFailure.Kind.WRONG_TYPE,
                    "ForceKeepAlive Data is not a number of seconds in 1.." + MAX_KEEP_ALIVE_SECONDS);
        }
        return seconds;
    }

    private static boolean needsData(MessageType type) {
        return type == MessageType.SESSIONS || type == MessageType.USER_DATA_CHANGED
                || type == MessageType.FORCE_KEEP_ALIVE;
    }

    private static LiveMessage withoutData(MessageType type) {
        return switch (type) {
            case SERVER_RESTARTING -> new LiveMessage.ServerRestarting();
            case SERVER_SHUTTING_DOWN -> new LiveMessage.ServerShuttingDown();
            case KEEP_ALIVE -> new LiveMessage.KeepAlive();
            default -> new LiveMessage.Failed(
                    new ParseFailure(ParseFailure.Kind.MISSING_FIELD, type.wireName() + " message without Data"));
        };
    }

    /** The envelope and, when its type was known before {@code Data}, the message parsed on the way. */
    private record FirstPass(MessageEnvelope envelope, @Nullable LiveMessage inlineMessage) {
    }
}
