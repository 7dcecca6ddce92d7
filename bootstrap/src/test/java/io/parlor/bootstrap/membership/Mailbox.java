package io.parlor.bootstrap.membership;

import io.parlor.application.membership.inmemory.InMemoryMailer;
import io.parlor.domain.membership.Email;
import java.util.regex.Pattern;

/** Reads what Parlor mailed to an address, as its owner would. */
final class Mailbox {

    private static final Pattern CODE = Pattern.compile("code is (\\d{6})");
    private static final Pattern TEMPORARY = Pattern.compile("password is (\\S+) ");

    private final InMemoryMailer mailer;

    Mailbox(InMemoryMailer mailer) {
        this.mailer = mailer;
    }

    String latestCode(String email) {
        return find(CODE, email);
    }

    String temporaryPassword(String email) {
        return find(TEMPORARY, email);
    }

    long mailsTo(String email) {
        return mailer.outbox().stream().filter(mail -> mail.to().equals(new Email(email))).count();
    }

    private String find(Pattern pattern, String email) {
        var text = mailer.lastTo(new Email(email)).orElseThrow(() -> new AssertionError("no mail to " + email)).text();
        var match = pattern.matcher(text);
        if (!match.find()) {
            throw new AssertionError("no match in: " + text.replaceAll("\\d", "#"));
        }
        return match.group(1);
    }
}
