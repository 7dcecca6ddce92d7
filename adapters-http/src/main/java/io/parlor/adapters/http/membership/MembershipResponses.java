package io.parlor.adapters.http.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.application.membership.port.in.BrowseShops;
import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.ShopView;
import io.parlor.application.membership.port.in.Tokens;
import java.util.List;

/** The JSON shapes of API.md: {@code member}, {@code tokens} and {@code shop}, and a shop's profile. */
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

    /** A shop with its bookable staff, the owner first; {@code role} is {@code OWNER} or {@code DESIGNER}. */
    @Serdeable
    record ShopProfileResponse(String id, String code, String name, String timeZone, int slotMinutes,
            List<StaffResponse> staff) {

        static ShopProfileResponse of(BrowseShops.ShopProfile profile) {
            var shop = ShopResponse.of(profile.shop());
            return new ShopProfileResponse(shop.id(), shop.code(), shop.name(), shop.timeZone(), shop.slotMinutes(),
                    profile.staff().stream().map(StaffResponse::of).toList());
        }
    }

    @Serdeable
    record StaffResponse(String memberId, @Nullable String name, String role) {

        static StaffResponse of(BrowseShops.Staff staff) {
            return new StaffResponse(staff.member().value().toString(), staff.name().orElse(null), staff.role().name());
        }
    }
}
