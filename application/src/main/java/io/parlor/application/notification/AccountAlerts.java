package io.parlor.application.notification;

import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.domain.membership.MemberBlocked;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberUnblocked;
import io.parlor.domain.membership.MemberWithdrawn;
import io.parlor.domain.membership.PasswordChanged;
import io.parlor.domain.notification.NotificationType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.event.types.DomainEvent;

/**
 * Tells a member about changes to its account. Every instance hears each membership event, so
 * each raise names its fact as origin and the inbox keeps one.
 */
final class AccountAlerts {

    private final RaiseNotification raise;

    AccountAlerts(RaiseNotification raise) {
        this.raise = raise;
    }

    void on(DomainEvent event) {
        if (event instanceof MemberBlocked blocked) {
            tell(blocked.member(), "blocked", blocked.blockedAt(), "Your account was blocked",
                    blocked.until().map(until -> "Until " + until + ". " + blocked.reason()).orElse(blocked.reason()));
        } else if (event instanceof MemberUnblocked unblocked) {
            tell(unblocked.member(), "unblocked", unblocked.unblockedAt(), "Your account was unblocked",
                    "You can log in again.");
        } else if (event instanceof MemberWithdrawn withdrawn) {
            tell(withdrawn.member(), "withdrawn", withdrawn.withdrawnAt(), "Your account was closed",
                    "Your personal data was removed.");
        } else if (event instanceof PasswordChanged changed) {
            tell(changed.member(), "password-changed", changed.changedAt(), "Your password was changed",
                    "If this was not you, reset your password now.");
        }
    }

    private void tell(MemberId member, String what, Instant at, String title, String body) {
        raise.raise(new RaiseNotification.Command(member, NotificationType.ACCOUNT, title,
                body == null ? "" : body, Map.of("memberId", member.toString(), "event", what),
                Optional.of("account." + what + ":" + member + ":" + at.toEpochMilli())));
    }
}
