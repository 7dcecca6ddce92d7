package io.parlor.application.chat.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/** A connection of a member closed; the member stays online while another one is live. */
public interface MarkOffline {

    void markOffline(Command command);

    record Command(MemberId member, String connection) {
        public Command {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(connection, "connection");
        }
    }
}
