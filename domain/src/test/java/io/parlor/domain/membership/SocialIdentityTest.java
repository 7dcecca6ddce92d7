package io.parlor.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;

class SocialIdentityTest {

    @Test
    void pairsAProviderNameWithItsSubject() {
        var identity = new SocialIdentity("kakao", "3141592653");

        assertThat(identity).isEqualTo(new SocialIdentity("kakao", "3141592653"));
        assertThat(identity).isNotEqualTo(new SocialIdentity("google", "3141592653"));
    }

    @Test
    void refusesProviderNamesThatCouldNotBeConfigurationKeys() {
        for (String name : new String[] {"", "Kakao", "-kakao", "ka kao", "kakao/x", "a".repeat(33)}) {
            assertThatThrownBy(() -> new SocialIdentity(name, "1")).isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((InvalidValue) e).field()).isEqualTo("provider");
        }
        assertThat(SocialIdentity.isProviderName("mock-2")).isTrue();
        assertThat(SocialIdentity.isProviderName(null)).isFalse();
    }

    @Test
    void refusesBlankOverlongOrControlSubjects() {
        for (String subject : new String[] {" ", "a".repeat(256), "line\nbreak"}) {
            assertThatThrownBy(() -> new SocialIdentity("kakao", subject)).isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((InvalidValue) e).field()).isEqualTo("subject");
        }
        assertThat(new SocialIdentity("kakao", "a".repeat(255)).subject()).hasSize(255);
    }
}
