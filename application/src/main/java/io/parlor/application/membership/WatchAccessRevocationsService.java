package io.parlor.application.membership;

import io.parlor.application.membership.port.in.WatchAccessRevocations;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.domain.membership.MemberBlocked;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberWithdrawn;
import java.util.function.Consumer;

final class WatchAccessRevocationsService implements WatchAccessRevocations {

    private final DomainEventBus bus;

    WatchAccessRevocationsService(DomainEventBus bus) {
        this.bus = bus;
    }

    @Override
    public Watching watch(Consumer<MemberId> listener) {
        var subscription = bus.subscribe(MembershipUseCases.TOPIC, event -> {
            if (event instanceof MemberBlocked blocked) {
                listener.accept(blocked.member());
            } else if (event instanceof MemberWithdrawn withdrawn) {
                listener.accept(withdrawn.member());
            }
        });
        return subscription::close;
    }
}
