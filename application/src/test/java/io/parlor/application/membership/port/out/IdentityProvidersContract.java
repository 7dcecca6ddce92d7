package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every {@link IdentityProviders} does, given providers configured as {@code kakao} and {@code mock}. */
public abstract class IdentityProvidersContract {

    /** The providers with exactly two configured, named {@code kakao} and {@code mock}. */
    protected abstract IdentityProviders newSubjectWithKakaoAndMock();

    @Test
    void findsEachConfiguredProviderByItsName() {
        var providers = newSubjectWithKakaoAndMock();

        assertThat(providers.named("kakao")).isPresent();
        assertThat(providers.named("mock")).isPresent();
        assertThat(providers.named("kakao").get()).isNotSameAs(providers.named("mock").get());
    }

    @Test
    void findsNothingUnderAnyOtherName() {
        var providers = newSubjectWithKakaoAndMock();

        assertThat(providers.named("google")).isEmpty();
        assertThat(providers.named("KAKAO")).isEmpty();
        assertThat(providers.named("")).isEmpty();
        assertThat(providers.named(null)).isEmpty();
    }
}
