package io.parlor.adapters.http.chat.stomp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the text of WebSocket messages into STOMP frames, whether a frame spans several
 * messages or one message carries several frames (and heart-beat newlines in between).
 * Written here rather than driving Netty's STOMP decoder: that decoder lives in a channel
 * pipeline, and an embedded channel per connection would cost more heap than the whole
 * connection may use; this one keeps only the bytes of an unfinished frame.
 */
final class StompDecoder {

    private static final int MAX_HEADERS = 64;

    private final int maxFrameBytes;
    private byte[] pending = new byte[0];

    StompDecoder(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    /**
     * The frames completed by {@code text}; an unfinished one is kept for the next call.
     *
     * @throws StompProtocolError for a malformed or oversized frame
     */
    List<StompFrame> decode(String text) {
        byte[] bytes = concat(pending, text.getBytes(StandardCharsets.UTF_8));
        List<StompFrame> frames = new ArrayList<>();
        int position = 0;
        while (true) {
            position = skipEndOfLines(bytes, position);
            if (position >= bytes.length) {
                pending = new byte[0];
                return frames;
            }
            int end = parseFrame(bytes, position, frames);
            if (end < 0) {
                pending = Arrays.copyOfRange(bytes, position, bytes.length);
                if (pending.length > maxFrameBytes) {
                    throw new StompProtocolError("frame larger than " + maxFrameBytes + " bytes");
                }
                return frames;
            }
            position = end;
        }
    }

    /** Whether part of a frame is waiting for the rest. */
    boolean hasPartialFrame() {
        return pending.length > 0;
    }

    /** Parses one frame at {@code start}; returns the position after it, or -1 when incomplete. */
    private int parseFrame(byte[] bytes, int start, List<StompFrame> frames) {
        int lineStart = start;
        int lineEnd = indexOf(bytes, (byte) '\n', lineStart);
        if (lineEnd < 0) {
            return -1;
        }
        String command = line(bytes, lineStart, lineEnd);
        if (command.isEmpty() || !command.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new StompProtocolError("not a STOMP command");
        }
        boolean escaped = !command.equals("CONNECT") && !command.equals("CONNECTED");
        Map<String, String> headers = new LinkedHashMap<>();
        int position = lineEnd + 1;
        while (true) {
            int end = indexOf(bytes, (byte) '\n', position);
            if (end < 0) {
                return -1;
            }
            String header = line(bytes, position, end);
            position = end + 1;
            if (header.isEmpty()) {
                break;
            }
            if (headers.size() >= MAX_HEADERS) {
                throw new StompProtocolError("too many headers");
            }
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new StompProtocolError("malformed header");
            }
            String name = escaped ? StompEscaping.unescape(header.substring(0, colon)) : header.substring(0, colon);
            String value = escaped ? StompEscaping.unescape(header.substring(colon + 1)) : header.substring(colon + 1);
            headers.putIfAbsent(name, value);
        }
        int bodyEnd = bodyEnd(bytes, position, headers.get("content-length"));
        if (bodyEnd < 0) {
            return -1;
        }
        if (bodyEnd - start > maxFrameBytes) {
            throw new StompProtocolError("frame larger than " + maxFrameBytes + " bytes");
        }
        frames.add(new StompFrame(command, headers, Arrays.copyOfRange(bytes, position, bodyEnd)));
        return bodyEnd + 1;
    }

    /** Where the body ends (the NUL's position), or -1 when the frame is not complete yet. */
    private int bodyEnd(byte[] bytes, int bodyStart, String contentLength) {
        if (contentLength == null) {
            int nul = indexOf(bytes, (byte) 0, bodyStart);
            if (nul < 0 && bytes.length - bodyStart > maxFrameBytes) {
                throw new StompProtocolError("frame larger than " + maxFrameBytes + " bytes");
            }
            return nul;
        }
        int length;
        try {
            length = Integer.parseInt(contentLength.trim());
        } catch (NumberFormatException e) {
            throw new StompProtocolError("content-length is not a number");
        }
        if (length < 0 || length > maxFrameBytes) {
            throw new StompProtocolError("content-length out of range");
        }
        int end = bodyStart + length;
        if (end >= bytes.length) {
            return -1;
        }
        if (bytes[end] != 0) {
            throw new StompProtocolError("body longer than content-length");
        }
        return end;
    }

    private static String line(byte[] bytes, int from, int newline) {
        int to = newline > from && bytes[newline - 1] == '\r' ? newline - 1 : newline;
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private static int skipEndOfLines(byte[] bytes, int position) {
        while (position < bytes.length && (bytes[position] == '\n' || bytes[position] == '\r')) {
            position++;
        }
        return position;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        if (first.length == 0) {
            return second;
        }
        var out = new ByteArrayOutputStream(first.length + second.length);
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
