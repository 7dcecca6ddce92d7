package io.parlor.adapters.http.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.ShopView;
import io.parlor.application.membership.port.in.Tokens;
import java.util.List;

/** The JSON shapes of API.md: {@code member}, {@code tokens} and {@code shop}. */
final class MembershipResponses {

    private MembershipResponses() {
    }

    @Serdeable
    record MemberResponse(String id, String email, @Nullable String name, @Nullable String phone,
                          List<String> roles, String status) {

        static MemberResponse of(MemberView view) {
            return new MemberResponse(view.id().value().toString(), view.email(), view.name().orElse(null),
                    view.phone().orElse(null), view.roles().stream().map(Enum::name).sorted().toList(),
                    view.status().name());
        }
    }

    @Serdeable
    record TokensResponse(String accessToken, String refreshToken, String tokenType, long expiresIn,
                          boolean passwordChangeRequired) {

        static TokensResponse of(Tokens tokens) {
            return new TokensResponse(tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(),
                    tokens.expiresIn(), tokens.passwordChangeRequired());
        }
    }

    @Serdeable
    record ShopResponse(String id, String code, String name, String timeZone, int slotMinutes) {

        static ShopResponse of(ShopView view) {
            return new ShopResponse(view.id().value().toString(), view.code(), view.name(), view.timeZone(),
                    view.slotMinutes());
        }
    }
}
