package io.parlor.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    private static String sanitized(String raw) {
        return AttachmentName.sanitized(raw).value();
    }

    @Test
    void keepsAnOrdinaryNameAsItIs() {
        assertThat(sanitized("Menu 2026 (final).pdf")).isEqualTo("Menu 2026 (final).pdf");
        assertThat(sanitized("사진 😀.jpg")).isEqualTo("사진 😀.jpg");
    }

    @Test
    void keepsOnlyTheLastSegmentOfAPath() {
        assertThat(sanitized("../../etc/passwd")).isEqualTo("passwd");
        assertThat(sanitized("C:\\fakepath\\..\\photo.png")).isEqualTo("photo.png");
        assertThat(sanitized("/var/data/")).isEqualTo(AttachmentName.FALLBACK);
    }

    @Test
    void dropsControlAndInvisibleFormattingCharacters() {
        assertThat(sanitized("in\u0000voice\r\n.pdf")).isEqualTo("invoice.pdf");
        assertThat(sanitized("harmless\u202Egpj.exe")).isEqualTo("harmlessgpj.exe");
        assertThat(sanitized("half\uD800.txt")).isEqualTo("half.txt");
    }

    @Test
    void whatLeavesNothingUsableBecomesTheFallback() {
        assertThat(sanitized(null)).isEqualTo(AttachmentName.FALLBACK);
        assertThat(sanitized("   ")).isEqualTo(AttachmentName.FALLBACK);
        assertThat(sanitized("..")).isEqualTo(AttachmentName.FALLBACK);
        assertThat(sanitized("a/.")).isEqualTo(AttachmentName.FALLBACK);
        assertThat(sanitized("\u0001\u0002")).isEqualTo(AttachmentName.FALLBACK);
    }

    @Test
    void cutsALongNameKeepingAShortExtension() {
        var cut = sanitized("x".repeat(300) + ".jpeg");
        var noExtension = sanitized("😀".repeat(300));
        var longExtension = sanitized("a." + "y".repeat(300));

        assertThat(cut).hasSize(AttachmentName.MAX_LENGTH).endsWith("x.jpeg");
        assertThat(noExtension.codePointCount(0, noExtension.length())).isEqualTo(AttachmentName.MAX_LENGTH);
        assertThat(longExtension).hasSize(AttachmentName.MAX_LENGTH).startsWith("a.yyy");
    }

    @Test
    void refusesANameThatWasNotMadeSafe() {
        assertThatThrownBy(() -> new AttachmentName("a/b")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AttachmentName("..")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AttachmentName(" padded ")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AttachmentName("bell\u0007")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AttachmentName("x".repeat(256))).isInstanceOf(InvalidValue.class);
    }
}
