package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.Email;
import java.util.Objects;

/** A plain-text mail to one address. */
public record Mail(Email to, String subject, String text) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
