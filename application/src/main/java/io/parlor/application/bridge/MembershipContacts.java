package io.parlor.application.bridge;

import io.parlor.application.membership.port.out.Members;
import io.parlor.application.notification.port.out.Contact;
import io.parlor.application.notification.port.out.Contacts;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.Phone;
import java.util.Optional;

/**
 * Notification's view of how to reach a member, answered by membership. Addresses ending in
 * {@code .invalid} (placeholders of social logins) reach nobody, so they count as none.
 */
public final class MembershipContacts implements Contacts {

    private final Members members;

    public MembershipContacts(Members members) {
        this.members = members;
    }

    @Override
    public Optional<Contact> of(MemberId id) {
        return members.findById(id)
                .filter(member -> member.state().withdrawnAt().isEmpty())
                .map(member -> new Contact(id, member.name().map(MemberName::value).orElse(""),
                        Optional.of(member.email().value()).filter(address -> !address.endsWith(".invalid")),
                        member.phone().map(Phone::value)));
    }
}
