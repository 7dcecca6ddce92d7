package io.parlor.adapters.http.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Bodies of the {@code /auth} endpoints; the domain's value objects do the real validation. */
final class AuthRequests {

    private AuthRequests() {
    }

    @Serdeable
    record SignUpRequest(@NotBlank String email, @NotNull String password, @NotBlank String name,
                         @Nullable String phone) {
    }

    @Serdeable
    record EmailCodeRequest(@NotBlank String email, @Nullable String purpose) {
    }

    @Serdeable
    record VerifyRequest(@NotBlank String email, @NotBlank String code) {
    }

    @Serdeable
    record LogInRequest(@NotBlank String email, @NotNull String password, @Nullable String shopCode) {
    }

    @Serdeable
    record RefreshTokenRequest(@NotBlank String refreshToken) {
    }

    @Serdeable
    record EmailRequest(@NotBlank String email) {
    }

    @Serdeable
    record LoginKeyRequest(@NotBlank String loginKey) {
    }
}
