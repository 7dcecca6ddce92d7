package io.parlor.application.membership;

import io.parlor.application.membership.port.in.CompleteSocialLogin;
import io.parlor.application.membership.port.out.ExternalIdentity;
import io.parlor.application.membership.port.out.IdentityProvider;
import io.parlor.application.membership.port.out.IdentityProviders;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.SocialIdentities;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.InvalidState;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ProviderFailed;
import io.parlor.domain.membership.ProviderNotFound;
import io.parlor.domain.membership.SocialIdentity;
import java.time.Instant;
import java.util.Optional;

/**
 * The state is spent before the provider is asked anything, so that a state works once whatever
 * happens next. Linking or joining is one unit of work; when a concurrent login of the same
 * identity (or a sign-up with the same address) wins the race, the unit rolls back and the
 * identity is looked up again.
 */
final class CompleteSocialLoginService implements CompleteSocialLogin {

    private final IdentityProviders providers;
    private final Members members;
    private final SocialIdentities identities;
    private final SocialLoginTickets tickets;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;

    CompleteSocialLoginService(IdentityProviders providers, Members members, SocialIdentities identities,
            SocialLoginTickets tickets, TransactionRunner transactions, TimeSource time, IdGenerator ids) {
        this.providers = providers;
        this.members = members;
        this.identities = identities;
        this.tickets = tickets;
        this.transactions = transactions;
        this.time = time;
        this.ids = ids;
    }

    @Override
    public Result complete(Command command) {
        IdentityProvider provider = providers.named(command.provider()).orElseThrow(ProviderNotFound::new);
        SocialLoginTickets.State state = tickets.takeState(command.state(), time.now())
                .filter(s -> s.provider().equals(command.provider()))
                .orElseThrow(InvalidState::new);
        ExternalIdentity external = provider.identify(command.authorizationCode(), state.proof());
        if (!external.provider().equals(command.provider())) {
            throw new ProviderFailed();
        }
        Instant now = time.now();
        MemberId member = memberOf(external, now);
        String key = tickets.putKey(new SocialLoginTickets.Key(member, state.shop()), now);
        return new Result(key, member);
    }

    private MemberId memberOf(ExternalIdentity external, Instant now) {
        SocialIdentity identity = external.identity();
        Optional<MemberId> linked = identities.memberOf(identity);
        if (linked.isPresent()) {
            return linked.get();
        }
        try {
            return transactions.inTransaction(() -> linkOrJoin(external, now));
        } catch (LinkedMeanwhile | EmailTaken lostRace) {
            return identities.memberOf(identity).orElseThrow(() -> lostRace);
        }
    }

    private MemberId linkOrJoin(ExternalIdentity external, Instant now) {
        Optional<Member> holder = external.email().flatMap(members::findByEmail);
        if (holder.isPresent()) {
            Member existing = holder.get();
            if (!external.emailVerified() || !existing.emailVerified()) {
                throw new EmailTaken();
            }
            link(external.identity(), existing.id(), now);
            return existing.id();
        }
        Member joined = Member.joinThroughProvider(new MemberId(ids.newId()), external.verifiedEmail(),
                external.name(), now);
        members.add(joined);
        link(external.identity(), joined.id(), now);
        return joined.id();
    }

    private void link(SocialIdentity identity, MemberId member, Instant now) {
        if (!identities.link(identity, member, now)) {
            throw new LinkedMeanwhile();
        }
    }

    /** Rolls the unit of work back: another login linked the identity first. */
    private static final class LinkedMeanwhile extends RuntimeException {
        LinkedMeanwhile() {
            super(null, null, false, false);
        }
    }
}
