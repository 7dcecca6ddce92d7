package io.parlor.bootstrap.chat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Multipart uploads and raw downloads over plain JDK HTTP, as a browser's form or fetch would send them. */
final class Uploads {

    private static final String BOUNDARY = "----parlor-e2e-boundary";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    Uploads(URI base) {
        this.base = base;
    }

    /** {@code POST /chat/attachments} with one part named {@code file}. */
    HttpResponse<String> upload(String fileName, String contentType, byte[] content, String token) {
        var request = HttpRequest.newBuilder(base.resolve("/chat/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(fileName, contentType, content)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * An upload that announces {@code contentLength} bytes and sends none of them, then reads
     * the answer: how the server treats a body it can refuse on its declared length alone. A
     * client that went on writing such a body could see the connection reset before it read
     * the answer, since the server closes it after refusing.
     */
    RawAnswer announce(long contentLength, String token) {
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            var head = "POST /chat/attachments HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\nAccept: application/json\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return RawAnswer.read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A raw HTTP/1.1 answer read off a socket. */
    record RawAnswer(int status, Map<String, String> headers, String body) {

        static RawAnswer read(InputStream in) throws IOException {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String statusLine = reader.readLine();
            var headers = new HashMap<String, String>();
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            var body = new char[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
            int read = 0;
            while (read < body.length) {
                int n = reader.read(body, read, body.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return new RawAnswer(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, 0, read));
        }
    }

    /** {@code GET /chat/attachments/{id}}, the body as bytes. */
    HttpResponse<byte[]> download(String id, String token) {
        var request = HttpRequest.newBuilder(base.resolve("/chat/attachments/" + id));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] multipart(String fileName, String contentType, byte[] content) {
        try {
            var body = new ByteArrayOutputStream(content.length + 512);
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
