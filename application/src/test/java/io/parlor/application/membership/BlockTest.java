package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.BlockMember;
import io.parlor.application.membership.port.in.CheckAccess;
import io.parlor.application.membership.port.in.EnsureAdmin;
import io.parlor.application.membership.port.in.RefreshSession;
import io.parlor.application.membership.port.in.UnblockMember;
import io.parlor.domain.membership.AccountBlocked;
import io.parlor.domain.membership.AdminOnly;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.MemberBlocked;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.MemberStatus;
import io.parlor.domain.membership.MemberUnblocked;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockTest {

    private static final String ANA = "ana@example.com";

    private final MembershipFixture fixture = new MembershipFixture();
    private final MemberId admin = fixture.useCases.ensureAdmin().ensure(new EnsureAdmin.Command(
            new Email("admin@example.com"), "an admin secret", new MemberName("Admin"))).member();
    private final MemberId ana = fixture.activeMember(ANA).id();

    private void block(MemberId actor, Optional<Instant> until) {
        fixture.useCases.blockMember().block(new BlockMember.Command(actor, ana, "spam", until));
    }

    private void checkAccess(Instant issuedAt) {
        fixture.useCases.checkAccess().check(new CheckAccess.Query(ana, issuedAt));
    }

    @Test
    void blockingEndsEverySessionAndAnnouncesItAfterCommit() {
        var issuedAt = fixture.time.now();
        var tokens = fixture.logIn(ANA, PASSWORD);
        fixture.time.advance(Duration.ofMinutes(1));

        block(admin, Optional.empty());

        assertThat(fixture.published.next()).isEqualTo(new MemberBlocked(ana, "spam", Optional.empty(),
                fixture.time.now()));
        assertThatThrownBy(() -> checkAccess(issuedAt)).isInstanceOf(AccountBlocked.class);
        assertThatThrownBy(() -> fixture.useCases.refreshSession().refresh(
                new RefreshSession.Command(tokens.refreshToken()))).isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> fixture.logIn(ANA, PASSWORD)).isInstanceOf(AccountBlocked.class)
                .extracting(e -> ((AccountBlocked) e).code()).isEqualTo("account-blocked");
    }

    @Test
    void aTemporaryBlockLiftsByItselfButOldTokensStayVoid() {
        var issuedBefore = fixture.time.now();
        fixture.time.advance(Duration.ofMinutes(1));
        block(admin, Optional.of(fixture.time.now().plus(Duration.ofHours(1))));

        fixture.time.advance(Duration.ofHours(1));

        assertThat(fixture.members.findById(ana).orElseThrow().statusAt(fixture.time.now()))
                .isEqualTo(MemberStatus.ACTIVE);
        assertThatThrownBy(() -> checkAccess(issuedBefore)).isInstanceOf(InvalidToken.class);
        var tokens = fixture.logIn(ANA, PASSWORD);
        assertThatCode(() -> checkAccess(fixture.accessTokens.grantOf(tokens.accessToken()).orElseThrow().issuedAt()))
                .doesNotThrowAnyException();
    }

    @Test
    void unblockingLetsTheMemberLogInAgainAndIsAnnounced() {
        block(admin, Optional.empty());
        fixture.published.next();
        fixture.time.advance(Duration.ofMinutes(5));

        var view = fixture.useCases.unblockMember().unblock(new UnblockMember.Command(admin, ana));

        assertThat(view.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(fixture.published.next()).isEqualTo(new MemberUnblocked(ana, fixture.time.now()));
        assertThat(fixture.logIn(ANA, PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void onlyAnAdministratorBlocks() {
        var other = fixture.activeMember("other@example.com").id();

        assertThatThrownBy(() -> block(other, Optional.empty())).isInstanceOf(AdminOnly.class);
        assertThat(fixture.members.findById(ana).orElseThrow().statusAt(fixture.time.now()))
                .isEqualTo(MemberStatus.ACTIVE);
        assertThat(fixture.published.pending()).isEmpty();
    }

    @Test
    void anActiveMembersTokensAreHonoured() {
        var result = fixture.useCases.checkAccess().check(new CheckAccess.Query(ana, fixture.time.now()));

        assertThat(result.access().member()).isEqualTo(ana);
    }
}
