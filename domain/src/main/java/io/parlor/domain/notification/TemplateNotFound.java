package io.parlor.domain.notification;

import io.parlor.domain.shared.DomainError;

/** The shop has no message template with this id. */
public final class TemplateNotFound extends DomainError {

    public TemplateNotFound() {
        super("template-not-found", Kind.NOT_FOUND, "no such template in this shop");
    }
}
