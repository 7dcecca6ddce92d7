package io.parlor.adapters.http.chat;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.chat.port.in.DownloadAttachment;
import io.parlor.application.chat.port.in.UploadAttachment;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.DomainError;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stands in for the attachment use cases in the HTTP adapter's own tests: an upload reads the
 * content, keeps what it was given and answers with {@link #STORED}; a download answers with
 * {@link #STORED} and {@link #BYTES}; either refuses with the error a test sets.
 */
@Factory
@Requires(property = "spec.name", value = "ChatAttachmentsControllerTest")
class StubAttachments {

    static final AttachmentInfo STORED = new AttachmentInfo(
            new AttachmentId(UUID.fromString("0192f3a0-0000-7000-8000-000000000011")),
            new MemberId(UUID.fromString("0192f3a0-0000-7000-8000-000000000012")),
            "r\u00e9sum\u00e9 \"final\".png", "image/png", 5);
    static final byte[] BYTES = {(byte) 0x89, 'P', 'N', 'G', 0};

    /** What the last upload was given, its content read whole. */
    record Received(MemberId owner, String fileName, String contentType, OptionalLong declaredSize, byte[] content) {
    }

    static final AtomicReference<DomainError> REFUSAL = new AtomicReference<>();
    static final AtomicReference<Received> LAST_UPLOAD = new AtomicReference<>();

    private static void refuseIfAsked() {
        var refusal = REFUSAL.get();
        if (refusal != null) {
            throw refusal;
        }
    }

    @Singleton
    UploadAttachment uploadAttachment() {
        return command -> {
            try {
                LAST_UPLOAD.set(new Received(command.owner(), command.fileName(), command.contentType(),
                        command.declaredSize(), command.content().readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            refuseIfAsked();
            return STORED;
        };
    }

    @Singleton
    DownloadAttachment downloadAttachment() {
        return query -> {
            refuseIfAsked();
            return new DownloadAttachment.Download(STORED, new ByteArrayInputStream(BYTES));
        };
    }
}
