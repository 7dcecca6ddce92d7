package io.parlor.adapters.http.chat.stomp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes STOMP frames as UTF-8 bytes, escaping header values except on CONNECTED. */
final class StompEncoder {

    private StompEncoder() {
    }

    /**
     * A frame with {@code headers} given as name, value, name, value...; a non-empty body gets
     * its {@code content-length}.
     */
    static byte[] frame(String command, byte[] body, String... headers) {
        var out = new ByteArrayOutputStream(64 + body.length);
        writeHead(out, command, !command.equals("CONNECTED"), headers);
        if (body.length > 0) {
            writeHeader(out, "content-length", Integer.toString(body.length), false);
        }
        out.write('\n');
        out.writeBytes(body);
        out.write(0);
        return out.toByteArray();
    }

    /** A frame without body. */
    static byte[] frame(String command, String... headers) {
        return frame(command, new byte[0], headers);
    }

    /**
     * The start of every MESSAGE frame of one subscription: the command and the
     * {@code subscription} header. A {@link #messageTail} completes it.
     */
    static byte[] messageHead(String subscription) {
        var out = new ByteArrayOutputStream(48);
        writeHead(out, "MESSAGE", true, "subscription", subscription);
        return out.toByteArray();
    }

    /**
     * The rest of a MESSAGE frame after its {@link #messageHead}: the headers every subscriber
     * shares, the JSON body and the closing NUL, so that one encoding serves every subscription.
     */
    static byte[] messageTail(String messageId, String destination, byte[] body) {
        var out = new ByteArrayOutputStream(160 + body.length);
        writeHeader(out, "message-id", messageId, true);
        writeHeader(out, "destination", destination, true);
        writeHeader(out, "content-type", "application/json", true);
        writeHeader(out, "content-length", Integer.toString(body.length), true);
        out.write('\n');
        out.writeBytes(body);
        out.write(0);
        return out.toByteArray();
    }

    private static void writeHead(ByteArrayOutputStream out, String command, boolean escape, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come as name, value pairs");
        }
        out.writeBytes(command.getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
        for (int i = 0; i < headers.length; i += 2) {
            writeHeader(out, headers[i], headers[i + 1], escape);
        }
    }

    private static void writeHeader(ByteArrayOutputStream out, String name, String value, boolean escape) {
        out.writeBytes((escape ? StompEscaping.escape(name) : name).getBytes(StandardCharsets.UTF_8));
        out.write(':');
        out.writeBytes((escape ? StompEscaping.escape(value) : value).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
