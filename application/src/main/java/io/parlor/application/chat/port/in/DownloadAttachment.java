package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.membership.MemberId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A member fetches an attachment: its uploader may, and so may every current member of a room
 * whose timeline holds a message showing it. Anyone else learns nothing, not even that it exists.
 */
public interface DownloadAttachment {

    /**
     * @return the attachment and its bytes; the caller closes it
     * @throws io.parlor.domain.chat.AttachmentNotFound for an unknown attachment, one the member
     *         may not see, or one whose bytes are gone
     */
    Download download(Query query);

    /** @param member the authenticated caller */
    record Query(AttachmentId attachment, MemberId member) {
        public Query {
            Objects.requireNonNull(attachment, "attachment");
            Objects.requireNonNull(member, "member");
        }
    }

    /** An attachment with its bytes from the first; {@link #close()} releases them. */
    record Download(AttachmentInfo attachment, InputStream content) implements AutoCloseable {
        public Download {
            Objects.requireNonNull(attachment, "attachment");
            Objects.requireNonNull(content, "content");
        }

        @Override
        public void close() {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
