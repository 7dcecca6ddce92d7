package io.parlor.domain.chat;

import io.parlor.domain.shared.DomainError;

/** No attachment has this id, or it is not the caller's own upload. */
public final class AttachmentNotFound extends DomainError {

    public AttachmentNotFound() {
        super("attachment-not-found", Kind.NOT_FOUND, "no such attachment");
    }
}
