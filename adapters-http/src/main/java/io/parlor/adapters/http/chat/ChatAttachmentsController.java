package io.parlor.adapters.http.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parlor.adapters.http.chat.ChatResponses.AttachmentResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.chat.port.in.DownloadAttachment;
import io.parlor.application.chat.port.in.UploadAttachment;
import io.parlor.domain.shared.InvalidValue;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.OptionalLong;

/**
 * Files shown in chat messages. An upload is a multipart part named {@code file}; Micronaut
 * spools a large one to a temporary file while it arrives (see {@code micronaut.server.multipart}),
 * and the use case streams it from there into the blob store. A download streams the stored bytes
 * back as an attachment that browsers neither sniff nor render in place.
 */
@Controller("/chat/attachments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ChatAttachmentsController {

    /** Neither scripts nor plugins nor embedding, should a browser ever render a download. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

    private final UploadAttachment uploadAttachment;
    private final DownloadAttachment downloadAttachment;

    ChatAttachmentsController(UploadAttachment uploadAttachment, DownloadAttachment downloadAttachment) {
        this.uploadAttachment = uploadAttachment;
        this.downloadAttachment = downloadAttachment;
    }

    /** 201 with the stored name, type and size, and the download address in {@code Location}. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @ApiResponse(responseCode = "201", description = "{id,name,contentType,size}: safe name, type/subtype, bytes kept")
    @ApiResponse(responseCode = "400", description = "invalid-field: no part named file, or no type/subtype")
    @ApiResponse(responseCode = "413", description = "payload-too-large: over PARLOR_CHAT_MAX_ATTACHMENT_SIZE (10MB)")
    HttpResponse<AttachmentResponse> upload(Authentication caller, @Nullable @Part("file") CompletedFileUpload file) {
        if (file == null) {
            throw new InvalidValue("file", "a multipart part named file is required");
        }
        try (InputStream content = file.getInputStream()) {
            var attachment = uploadAttachment.upload(new UploadAttachment.Command(Caller.memberOf(caller),
                    file.getFilename(), declaredType(file), OptionalLong.of(file.getSize()), content));
            var body = AttachmentResponse.of(attachment);
            return HttpResponse.created(body, URI.create("/chat/attachments/" + body.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes with their stored type, to the uploader and to members of a room showing them; 404 to others. */
    @Get(uri = "/{attachmentId}", produces = MediaType.ALL)
    @ApiResponse(responseCode = "200", description = "The bytes, with the stored type, as an attachment")
    @ApiResponse(responseCode = "404", description = "attachment-not-found: unknown, or not the caller's to see")
    HttpResponse<StreamedFile> download(Authentication caller, String attachmentId) {
        var download = downloadAttachment.download(new DownloadAttachment.Query(ChatIds.attachment(attachmentId),
                Caller.memberOf(caller)));
        var attachment = download.attachment();
        var file = new StreamedFile(download.content(), MediaType.of(attachment.contentType()),
                System.currentTimeMillis(), attachment.size()).attach(attachment.name());
        return HttpResponse.ok(file)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }

    /** The part's type as Micronaut read it; one it cannot read is no type at all. */
    private static String declaredType(CompletedFileUpload file) {
        try {
            return file.getContentType().map(MediaType::getName).orElse(null);
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidValue("contentType", "is not a media type such as image/png");
        }
    }
}
