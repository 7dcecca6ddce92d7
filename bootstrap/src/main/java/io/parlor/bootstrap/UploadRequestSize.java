package io.parlor.bootstrap;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * Makes room in {@code micronaut.server.max-request-size} for a multipart upload of the largest
 * file {@code micronaut.server.multipart.max-file-size} allows, plus its part headers and
 * boundaries, whatever size operators choose for attachments. Only streamed bodies may use that
 * room: every body the server reads whole into memory (all JSON bodies) stays under
 * {@code micronaut.server.max-request-buffer-size}, 1MB, as before.
 */
@Singleton
class UploadRequestSize implements BeanCreatedEventListener<HttpServerConfiguration> {

    /** Part headers, boundaries and a short text field or two around the file. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    @Override
    public HttpServerConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration> event) {
        var server = event.getBean();
        long needed = server.getMultipart().getMaxFileSize() + MULTIPART_OVERHEAD;
        if (server.getMaxRequestSize() < needed) {
            server.setMaxRequestSize(needed);
        }
        return server;
    }
}
