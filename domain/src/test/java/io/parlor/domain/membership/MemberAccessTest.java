package io.parlor.domain.membership;

import static io.parlor.domain.membership.MemberFixtures.NOW;
import static io.parlor.domain.membership.MemberFixtures.anyMemberId;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberAccessTest {

    private final MemberId member = anyMemberId();

    @Test
    void refusesTokensIssuedBeforeTheRevocationEvenWithinTheSameSecond() {
        var access = new MemberAccess(member, Set.of(Role.CUSTOMER), false, Optional.empty(), NOW.plusMillis(400));

        assertThatThrownBy(() -> access.verify(NOW.plusMillis(399), NOW.plusSeconds(5)))
                .isInstanceOf(InvalidToken.class);
        assertThatCode(() -> access.verify(NOW.plusMillis(400), NOW.plusSeconds(5))).doesNotThrowAnyException();
        assertThatCode(() -> access.verify(NOW.plusSeconds(1), NOW.plusSeconds(5))).doesNotThrowAnyException();
    }

    @Test
    void refusesEveryTokenDuringABlockAndHonoursNewOnesAfterIt() {
        var block = new Block("spam", NOW, Optional.of(NOW.plusSeconds(60)));
        var access = new MemberAccess(member, Set.of(), false, Optional.of(block), NOW);

        assertThatThrownBy(() -> access.verify(NOW.plusSeconds(10), NOW.plusSeconds(10)))
                .isInstanceOf(AccountBlocked.class);
        assertThatCode(() -> access.verify(NOW.plusSeconds(61), NOW.plusSeconds(61))).doesNotThrowAnyException();
    }

    @Test
    void refusesEveryTokenOfAWithdrawnMember() {
        var access = new MemberAccess(member, Set.of(), true, Optional.empty(), NOW);

        assertThatThrownBy(() -> access.verify(NOW.plusSeconds(10), NOW.plusSeconds(10)))
                .isInstanceOf(AccountWithdrawn.class);
    }
}
