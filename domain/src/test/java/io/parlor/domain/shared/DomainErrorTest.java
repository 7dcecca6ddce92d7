package io.parlor.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DomainErrorTest {

    static final class SlotTaken extends DomainError {
        SlotTaken(String code) {
            super(code, Kind.CONFLICT, "the slot is taken");
        }
    }

    @Test
    void carriesItsCodeKindAndDetail() {
        var error = new SlotTaken("slot-unavailable");

        assertThat(error.code()).isEqualTo("slot-unavailable");
        assertThat(error.kind()).isEqualTo(DomainError.Kind.CONFLICT);
        assertThat(error.getMessage()).isEqualTo("the slot is taken");
    }

    @Test
    void refusesCodesThatAreNotKebabCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SlotTaken("SlotUnavailable"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SlotTaken("slot_unavailable"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SlotTaken("-slot"));
    }

    @Test
    void invalidValueNamesTheField() {
        var error = new InvalidValue("email", "is not an email address");

        assertThat(error.code()).isEqualTo("invalid-field");
        assertThat(error.field()).isEqualTo("email");
        assertThat(error.kind()).isEqualTo(DomainError.Kind.INVALID);
    }
}
