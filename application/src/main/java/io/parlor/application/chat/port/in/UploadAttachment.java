package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.membership.MemberId;
import java.io.InputStream;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A member uploads a file to show in its messages later. The bytes are streamed into the blob
 * store, never held whole in memory, and counted as they come: a file over the size limit is
 * refused and nothing of it is kept. The name is made safe
 * ({@link io.parlor.domain.chat.AttachmentName#sanitized}) and the type reduced to
 * {@code type/subtype}; the stored size is what the stream held, not what the client declared.
 * Only the uploader may post the attachment; who may download it is {@link DownloadAttachment}'s rule.
 */
public interface UploadAttachment {

    /**
     * @return what was stored, with a new id
     * @throws io.parlor.domain.shared.InvalidValue (field {@code contentType}) for a type that is
     *         not {@code type/subtype}
     * @throws io.parlor.domain.chat.AttachmentTooLarge when the declared size or the content is
     *         over the limit of the settings
     * @throws java.io.UncheckedIOException when the content cannot be read or kept
     */
    AttachmentInfo upload(Command command);

    /**
     * @param owner        the authenticated caller
     * @param fileName     the name the client gave, unsafe as it may be; {@code null} for none
     * @param contentType  the media type the client declared; {@code null} for none
     * @param declaredSize the size the client announced, if it did, to refuse a file over the
     *                     limit before reading it
     * @param content      the bytes; read to the end (or past the limit), not closed
     */
    record Command(MemberId owner, String fileName, String contentType, OptionalLong declaredSize,
                   InputStream content) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(declaredSize, "declaredSize");
            Objects.requireNonNull(content, "content");
        }
    }
}
