package io.parlor.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.shared.InvalidValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailTest {

    @Test
    void isTrimmedAndLowerCased() {
        var email = new Email("  Ana.Kim@Example.COM ");

        assertThat(email.value()).isEqualTo("ana.kim@example.com");
    }

    @Test
    void refusesTextThatIsNoAddress() {
        for (String text : new String[] {"", "ana", "ana@", "@example.com", "ana@example", "a b@example.com"}) {
            assertThatThrownBy(() -> new Email(text)).isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((InvalidValue) e).field()).isEqualTo("email");
        }
    }

    @Test
    void theSameMailboxHasTheSameDigestWhateverItsSpelling() {
        var one = new Email("Ana@Example.com");
        var other = new Email("ana@example.com ");

        assertThat(one.digest()).isEqualTo(other.digest());
        assertThat(one.digest()).isNotEqualTo(new Email("bo@example.com").digest());
    }

    @Test
    void aTombstoneIsAValidAddressThatNamesNoPerson() {
        var member = new MemberId(UUID.fromString("00000000-0000-7000-8000-000000000001"));

        var tombstone = Email.tombstoneFor(member);

        assertThat(tombstone.value()).isEqualTo("withdrawn-00000000-0000-7000-8000-000000000001@withdrawn.invalid");
    }
    @Test
    void aPlaceholderIsAValidAddressThatNamesNoPerson() {
        var member = new MemberId(UUID.fromString("00000000-0000-7000-8000-000000000001"));

        var placeholder = Email.placeholderFor(member);

        assertThat(placeholder.value()).isEqualTo("member-00000000-0000-7000-8000-000000000001@no-email.invalid");
        assertThat(placeholder).isNotEqualTo(Email.tombstoneFor(member));
    }
}
