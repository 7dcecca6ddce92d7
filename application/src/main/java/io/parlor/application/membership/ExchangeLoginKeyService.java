package io.parlor.application.membership;

import io.parlor.application.membership.port.in.ExchangeLoginKey;
import io.parlor.application.membership.port.in.Tokens;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.Member;

/**
 * The key is spent by the first exchange, whatever its outcome. A lock after failed password
 * logins does not refuse the member: it guards passwords, and this login used none.
 */
final class ExchangeLoginKeyService implements ExchangeLoginKey {

    private final Members members;
    private final ShopCustomers customers;
    private final SocialLoginTickets tickets;
    private final Sessions sessions;
    private final TransactionRunner transactions;
    private final TimeSource time;

    ExchangeLoginKeyService(Members members, ShopCustomers customers, SocialLoginTickets tickets, Sessions sessions,
            TransactionRunner transactions, TimeSource time) {
        this.members = members;
        this.customers = customers;
        this.tickets = tickets;
        this.sessions = sessions;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public Tokens exchange(Command command) {
        var now = time.now();
        SocialLoginTickets.Key key = tickets.takeKey(command.loginKey(), now).orElseThrow(InvalidToken::new);
        Member member = members.findById(key.member()).orElseThrow(InvalidToken::new);
        member.admit(now);
        return transactions.inTransaction(() -> {
            key.shop().ifPresent(shop -> customers.register(shop, member.id(), now));
            return sessions.open(member, member.passwordChangeRequired(), now);
        });
    }
}
