package io.parlor.adapters.http.stomp;

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
     * Everything of a MESSAGE frame before its body, so that one encoded body can follow the
     * headers of every subscription it goes to; the body and a NUL byte complete it.
     */
    static byte[] messageHead(String subscription, String messageId, String destination, int bodyLength) {
        var out = new ByteArrayOutputStream(160);
        writeHead(out, "MESSAGE", true, "subscription", subscription, "message-id", messageId,
                "destination", destination, "content-type", "application/json",
                "content-length", Integer.toString(bodyLength));
        out.write('\n');
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
