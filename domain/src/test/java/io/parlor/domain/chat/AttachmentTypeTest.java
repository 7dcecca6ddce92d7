package io.parlor.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parlor.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void keepsTypeAndSubtypeInLowerCaseWithoutParameters() {
        assertThat(AttachmentType.parse("image/PNG").value()).isEqualTo("image/png");
        assertThat(AttachmentType.parse(" text/plain; charset=UTF-8 ").value()).isEqualTo("text/plain");
        assertThat(AttachmentType.parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .value()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aMissingTypeIsUnknownBytes() {
        assertThat(AttachmentType.parse(null)).isEqualTo(AttachmentType.UNKNOWN);
        assertThat(AttachmentType.parse(" ")).isEqualTo(AttachmentType.UNKNOWN);
    }

    @Test
    void refusesWhatIsNotTypeSlashSubtype() {
        for (String raw : new String[] {"image", "image/", "/png", "image/png/x", "image/p ng", "text/html\r\nX: y",
                "image/" + "x".repeat(128)}) {
            var refused = catchThrowableOfType(InvalidValue.class, () -> AttachmentType.parse(raw));

            assertThat(refused).as(raw).isNotNull();
            assertThat(refused.field()).isEqualTo("contentType");
        }
    }
}
