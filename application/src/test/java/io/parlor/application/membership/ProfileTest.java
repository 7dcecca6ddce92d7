package io.parlor.application.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.ShowProfile;
import io.parlor.application.membership.port.in.UpdateProfile;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.shared.InvalidValue;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private final MembershipFixture fixture = new MembershipFixture();

    private void update(MemberId member, Optional<MemberName> name, Optional<String> phone) {
        fixture.useCases.updateProfile().update(new UpdateProfile.Command(member, name, phone));
    }

    private ShowProfile showProfile() {
        return fixture.useCases.showProfile();
    }

    @Test
    void updatesOnlyTheFieldsGiven() {
        var ana = fixture.activeMember("ana@example.com");

        update(ana.id(), Optional.of(new MemberName("Ana Lee")), Optional.empty());
        update(ana.id(), Optional.empty(), Optional.of("+82 10 9876 5432"));

        var profile = showProfile().show(new ShowProfile.Query(ana.id()));
        assertThat(profile.name()).contains("Ana Lee");
        assertThat(profile.phone()).contains("+82 10 9876 5432");
        assertThat(profile.email()).isEqualTo("ana@example.com");
    }

    @Test
    void aBlankPhoneRemovesIt() {
        var ana = fixture.activeMember("ana@example.com");
        update(ana.id(), Optional.empty(), Optional.of("+82 10 9876 5432"));

        update(ana.id(), Optional.empty(), Optional.of(" "));

        assertThat(showProfile().show(new ShowProfile.Query(ana.id())).phone()).isEmpty();
    }

    @Test
    void refusesAMalformedPhone() {
        var ana = fixture.activeMember("ana@example.com");

        assertThatThrownBy(() -> update(ana.id(), Optional.empty(), Optional.of("call me")))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void anUnknownMemberIsNotFound() {
        var unknown = new ShowProfile.Query(new MemberId(UUID.randomUUID()));

        assertThatThrownBy(() -> showProfile().show(unknown)).isInstanceOf(MemberNotFound.class);
    }
}
