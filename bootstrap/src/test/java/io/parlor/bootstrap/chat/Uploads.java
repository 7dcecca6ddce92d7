package io.parlor.bootstrap.chat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
