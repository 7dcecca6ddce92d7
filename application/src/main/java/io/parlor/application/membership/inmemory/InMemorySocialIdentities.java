package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.SocialIdentities;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.SocialIdentity;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Links of provider identities to members in a map; writes run as (or join) units of work of the runner. */
public final class InMemorySocialIdentities implements SocialIdentities {

    private record Link(MemberId member, Instant at) {
    }

    private final InMemoryTransactionRunner transactions;
    private final Map<SocialIdentity, Link> links = new ConcurrentHashMap<>();

    public InMemorySocialIdentities(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean link(SocialIdentity identity, MemberId member, Instant at) {
        return transactions.inTransaction(() -> {
            if (links.putIfAbsent(identity, new Link(member, at)) != null) {
                return false;
            }
            transactions.onRollback(() -> links.remove(identity));
            return true;
        });
    }

    @Override
    public Optional<MemberId> memberOf(SocialIdentity identity) {
        return Optional.ofNullable(links.get(identity)).map(Link::member);
    }

    @Override
    public List<SocialIdentity> linkedTo(MemberId member) {
        return links.entrySet().stream()
                .filter(entry -> entry.getValue().member().equals(member))
                .sorted(Comparator.comparing((Map.Entry<SocialIdentity, Link> entry) -> entry.getValue().at())
                        .thenComparing(entry -> entry.getKey().provider())
                        .thenComparing(entry -> entry.getKey().subject()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
