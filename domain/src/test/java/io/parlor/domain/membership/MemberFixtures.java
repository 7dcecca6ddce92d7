package io.parlor.domain.membership;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Members and passwords for domain tests; the matcher compares a hash made by {@link #hashOf}. */
final class MemberFixtures {

    static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    static final PasswordMatcher MATCHER = (presented, hash) -> hash.equals(hashOf(presented.value()));

    private MemberFixtures() {
    }

    static PasswordHash hashOf(String password) {
        return new PasswordHash("test:" + password);
    }

    static MemberId anyMemberId() {
        return new MemberId(UUID.randomUUID());
    }

    static Member anyActiveMember(String password) {
        return Member.signUp(anyMemberId(), new Email("ana@example.com"), new MemberName("Ana"),
                Optional.of(new Phone("+82 10 1234 5678")), hashOf(password), false, NOW);
    }

    static Member withFailures(Member member, LoginFailures failures) {
        return Member.reconstitute(member.state().withFailures(failures));
    }
}
