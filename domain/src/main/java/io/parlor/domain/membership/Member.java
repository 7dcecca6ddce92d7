package io.parlor.domain.membership;

import io.parlor.domain.shared.RecordedEvents;
import io.parlor.domain.shared.RecordsEvents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jmolecules.event.types.DomainEvent;

/**
 * A person with an account: credentials, profile, and the standing that decides whether it may
 * log in. Failed logins are counted by the store atomically (see {@link LoginFailures}); this
 * class only reads them. Reading and writing go through {@link MemberState}. A block, an
 * unblock and a withdrawal record their event for the caller to publish.
 */
@AggregateRoot
public final class Member implements RecordsEvents {

    @Identity
    private final MemberId id;
    private Email email;
    private Optional<SecretDigest> formerEmail;
    private Optional<MemberName> name;
    private Optional<Phone> phone;
    private Credentials credentials;
    private final Set<Role> roles;
    private boolean emailVerified;
    private final LoginFailures failures;
    private Optional<Block> block;
    private Optional<Instant> withdrawnAt;
    private final Instant joinedAt;
    private Instant tokensNotBefore;
    private final RecordedEvents<DomainEvent> recorded = new RecordedEvents<>();

    private Member(MemberState s) {
        id = s.id();
        email = s.email();
        formerEmail = s.formerEmail();
        name = s.name();
        phone = s.phone();
        credentials = new Credentials(s.password(), s.temporaryPassword());
        roles = s.roles();
        emailVerified = s.emailVerified();
        failures = s.failures();
        block = s.block();
        withdrawnAt = s.withdrawnAt();
        joinedAt = s.joinedAt();
        tokensNotBefore = s.tokensNotBefore();
    }

    /** A new customer; it must verify its email first when {@code verificationRequired}. */
    public static Member signUp(MemberId id, Email email, MemberName name, Optional<Phone> phone,
            PasswordHash password, boolean verificationRequired, Instant now) {
        return create(id, email, name, phone, password, Role.CUSTOMER, !verificationRequired, now);
    }

    /** A new administrator whose email counts as verified. */
    public static Member administrator(MemberId id, Email email, MemberName name, PasswordHash password,
            Instant now) {
        return create(id, email, name, Optional.empty(), password, Role.ADMIN, true, now);
    }

    /**
     * A new, active customer who proved who it is at an identity provider and has no password: a
     * password login finds nothing to match and fails like a wrong password. Only an address the
     * provider verified becomes the member's email; without one the member gets
     * {@link Email#placeholderFor its placeholder}, so that an address nobody proved is never
     * attached to an account.
     */
    public static Member joinThroughProvider(MemberId id, Optional<Email> verifiedEmail, Optional<MemberName> name,
            Instant now) {
        return new Member(new MemberState(id, verifiedEmail.orElseGet(() -> Email.placeholderFor(id)),
                Optional.empty(), name, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(Role.CUSTOMER),
                true, LoginFailures.NONE, Optional.empty(), Optional.empty(), now, now));
    }

    private static Member create(MemberId id, Email email, MemberName name, Optional<Phone> phone,
            PasswordHash password, Role role, boolean verified, Instant now) {
        return new Member(new MemberState(id, email, Optional.empty(), Optional.of(name), phone,
                Optional.of(password), Optional.empty(), Set.of(role), verified, LoginFailures.NONE,
                Optional.empty(), Optional.empty(), now, now));
    }

    /** The member exactly as stored. */
    public static Member reconstitute(MemberState state) {
        return new Member(state);
    }

    /** Every field, for storage. */
    public MemberState state() {
        return new MemberState(id, email, formerEmail, name, phone, credentials.password(),
                credentials.temporary(), roles, emailVerified, failures, block, withdrawnAt, joinedAt,
                tokensNotBefore);
    }

    public MemberId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public Optional<MemberName> name() {
        return name;
    }

    public Optional<Phone> phone() {
        return phone;
    }

    /** The roles the member holds itself; shop roles come from the shops' staff. */
    public Set<Role> roles() {
        return roles;
    }

    /** The login failures as last read from the store. */
    public LoginFailures failures() {
        return failures;
    }

    /** The status at {@code now}: withdrawal first, then a block in force, a lock in force, verification. */
    public MemberStatus statusAt(Instant now) {
        if (withdrawnAt.isPresent()) {
            return MemberStatus.WITHDRAWN;
        }
        if (block.filter(b -> b.inForceAt(now)).isPresent()) {
            return MemberStatus.BLOCKED;
        }
        if (failures.lockedAt(now)) {
            return MemberStatus.LOCKED;
        }
        return emailVerified ? MemberStatus.ACTIVE : MemberStatus.PENDING_VERIFICATION;
    }

    /** What an access-token check needs; see {@link MemberAccess}. */
    public MemberAccess access() {
        return new MemberAccess(id, roles, withdrawnAt.isPresent(), block, tokensNotBefore);
    }

    /** Whether the member logged in with a temporary password and has not chosen a new one since. */
    public boolean passwordChangeRequired() {
        return credentials.temporary().filter(TemporaryPassword::usedForLogin).isPresent();
    }

    /**
     * Checks a login's password. A lock in force refuses the login before the password is looked
     * at. The caller records a {@link PasswordMatch#NONE} as a failure and calls {@link #admit}
     * otherwise.
     *
     * @throws AccountLocked if a lock is in force at {@code now}
     */
    public PasswordMatch authenticate(Password presented, PasswordMatcher matcher, Instant now) {
        if (failures.lockedAt(now)) {
            throw new AccountLocked(failures.lockedUntil().orElseThrow());
        }
        return credentials.forLogin(presented, matcher, now);
    }

    /**
     * Lets an authenticated member in, or says why not.
     *
     * @throws AccountWithdrawn, AccountBlocked, EmailNotVerified by status at {@code now}
     */
    public void admit(Instant now) {
        switch (statusAt(now)) {
            case WITHDRAWN -> throw new AccountWithdrawn();
            case BLOCKED -> throw new AccountBlocked();
            case PENDING_VERIFICATION -> throw new EmailNotVerified();
            default -> {
            }
        }
    }

    /**
     * Spends the temporary password on the login that used it; the member must then choose a new
     * password.
     *
     * @throws InvalidCredentials if no temporary password opens a login at {@code now} any more
     */
    public void spendTemporaryPassword(Instant now) {
        TemporaryPassword temporary = credentials.temporary().filter(t -> t.opensLoginAt(now))
                .orElseThrow(InvalidCredentials::new);
        credentials = credentials.withTemporary(temporary.used());
    }

    /**
     * Gives the member a temporary password (replacing an earlier one); the own password keeps
     * working, so that a stranger's reset request locks nobody out.
     *
     * @throws AccountWithdrawn if the member withdrew
     */
    public void issueTemporaryPassword(PasswordHash hash, Instant expiresAt) {
        requireNotWithdrawn();
        credentials = credentials.withTemporary(new TemporaryPassword(hash, expiresAt, false));
    }

    /**
     * Replaces the password and drops any temporary one; records {@link PasswordChanged}.
     *
     * @param current the own password or an unexpired temporary one
     * @throws InvalidCredentials if {@code current} proves nothing
     */
    public void changePassword(Password current, PasswordHash next, PasswordMatcher matcher, Instant now) {
        requireNotWithdrawn();
        if (!credentials.prove(current, matcher, now)) {
            throw new InvalidCredentials();
        }
        credentials = new Credentials(Optional.of(next), Optional.empty());
        recorded.record(new PasswordChanged(id, now));
    }

    /** Marks the email as verified; verifying twice changes nothing. @throws AccountWithdrawn if withdrawn */
    public void verifyEmail() {
        requireNotWithdrawn();
        emailVerified = true;
    }

    /** Whether the email was verified: by the mailed code, or by the provider the member joined through. */
    public boolean emailVerified() {
        return emailVerified;
    }

    /** Whether the email still waits for verification. */
    public boolean awaitsVerification() {
        return !emailVerified && withdrawnAt.isEmpty();
    }

    /** Replaces the name. @throws AccountWithdrawn if withdrawn */
    public void rename(MemberName newName) {
        requireNotWithdrawn();
        name = Optional.of(newName);
    }

    /** Replaces or (with empty) removes the phone. @throws AccountWithdrawn if withdrawn */
    public void changePhone(Optional<Phone> newPhone) {
        requireNotWithdrawn();
        phone = newPhone;
    }

    /**
     * Blocks the member (replacing an earlier block) and voids every access token issued so far.
     *
     * @param until empty for a permanent block; else after {@code now}
     * @throws AccountWithdrawn if withdrawn
     * @throws io.parlor.domain.shared.InvalidValue for a blank reason or an {@code until} not after {@code now}
     */
    public MemberBlocked block(String reason, Optional<Instant> until, Instant now) {
        requireNotWithdrawn();
        Block next = new Block(reason, now, until);
        block = Optional.of(next);
        tokensNotBefore = now;
        return recorded.record(new MemberBlocked(id, next.reason(), until, now));
    }

    /** Lifts the block, if any; access tokens issued before the block stay void. */
    public Optional<MemberUnblocked> unblock(Instant now) {
        if (block.isEmpty()) {
            return Optional.empty();
        }
        block = Optional.empty();
        return Optional.of(recorded.record(new MemberUnblocked(id, now)));
    }

    /**
     * Withdraws the account: the email becomes a tombstone (its digest is kept so that a login
     * with it answers {@code account-withdrawn}), name, phone and passwords are erased, and every
     * access token is void.
     *
     * @throws InvalidCredentials if {@code password} does not prove the member
     * @throws AccountWithdrawn if already withdrawn
     */
    public MemberWithdrawn withdraw(Password password, PasswordMatcher matcher, Instant now) {
        requireNotWithdrawn();
        if (!credentials.prove(password, matcher, now)) {
            throw new InvalidCredentials();
        }
        formerEmail = Optional.of(email.digest());
        email = Email.tombstoneFor(id);
        name = Optional.empty();
        phone = Optional.empty();
        credentials = Credentials.NONE;
        withdrawnAt = Optional.of(now);
        tokensNotBefore = now;
        return recorded.record(new MemberWithdrawn(id, now));
    }

    @Override
    public List<DomainEvent> recordedEvents() {
        return recorded.list();
    }

    private void requireNotWithdrawn() {
        if (withdrawnAt.isPresent()) {
            throw new AccountWithdrawn();
        }
    }
}
