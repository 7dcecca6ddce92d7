package io.parlor.application.membership;

import io.parlor.application.membership.port.in.LogIn;
import io.parlor.application.membership.port.in.Tokens;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.AccountWithdrawn;
import io.parlor.domain.membership.InvalidCredentials;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordMatch;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.shared.ShopNotFound;
import java.time.Instant;
import java.util.Optional;

/**
 * The failure count is kept by {@link Members#recordFailedLogin}, one atomic write outside any
 * unit of work, so that it survives the error this service throws and no concurrent failure is
 * lost.
 */
final class LogInService implements LogIn {

    private final Members members;
    private final Shops shops;
    private final ShopCustomers customers;
    private final PasswordHasher hasher;
    private final Passwords passwords;
    private final Sessions sessions;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final MembershipSettings settings;

    LogInService(Members members, Shops shops, ShopCustomers customers, PasswordHasher hasher, Passwords passwords,
            Sessions sessions, TransactionRunner transactions, TimeSource time, MembershipSettings settings) {
        this.members = members;
        this.shops = shops;
        this.customers = customers;
        this.hasher = hasher;
        this.passwords = passwords;
        this.sessions = sessions;
        this.transactions = transactions;
        this.time = time;
        this.settings = settings;
    }

    @Override
    public Tokens logIn(Command command) {
        var now = time.now();
        var presented = new Password(command.password());
        Optional<Shop> shop = command.shopCode().map(code -> shops.findByCode(code).orElseThrow(ShopNotFound::new));
        Optional<Member> found = members.findByEmail(command.email());
        if (found.isEmpty()) {
            passwords.burn(presented);
            if (members.existsWithdrawn(command.email().digest())) {
                throw new AccountWithdrawn();
            }
            throw new InvalidCredentials();
        }
        Member member = found.get();
        PasswordMatch match = member.authenticate(presented, hasher, now);
        if (match == PasswordMatch.NONE) {
            members.recordFailedLogin(member.id(), now, settings.lockout());
            throw new InvalidCredentials();
        }
        member.admit(now);
        return transactions.inTransaction(() -> admitted(member, match, shop, now));
    }

    private Tokens admitted(Member member, PasswordMatch match, Optional<Shop> shop, Instant now) {
        if (match == PasswordMatch.TEMPORARY_PASSWORD) {
            var current = members.lockById(member.id()).orElseThrow(InvalidCredentials::new);
            current.spendTemporaryPassword(now);
            members.save(current);
        }
        if (member.failures().count() > 0 || member.failures().lockedUntil().isPresent()) {
            members.clearFailedLogins(member.id());
        }
        shop.ifPresent(s -> customers.register(s.id(), member.id(), now));
        boolean changeRequired = match == PasswordMatch.TEMPORARY_PASSWORD || member.passwordChangeRequired();
        return sessions.open(member, changeRequired, now);
    }
}
