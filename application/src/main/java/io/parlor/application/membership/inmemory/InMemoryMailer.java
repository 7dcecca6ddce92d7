package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.Mail;
import io.parlor.application.membership.port.out.Mailer;
import io.parlor.domain.membership.Email;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every mail in an outbox instead of sending it. */
public final class InMemoryMailer implements Mailer {

    private final List<Mail> outbox = new CopyOnWriteArrayList<>();

    @Override
    public void send(Mail mail) {
        outbox.add(mail);
    }

    /** Every mail sent so far, oldest first. */
    public List<Mail> outbox() {
        return List.copyOf(outbox);
    }

    /** The newest mail to {@code to}. */
    public Optional<Mail> lastTo(Email to) {
        var sent = outbox();
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).to().equals(to)) {
                return Optional.of(sent.get(i));
            }
        }
        return Optional.empty();
    }
}
