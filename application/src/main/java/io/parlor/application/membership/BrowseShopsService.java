package io.parlor.application.membership;

import io.parlor.application.membership.port.in.BrowseShops;
import io.parlor.application.membership.port.in.ShopView;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.ShopNotFound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class BrowseShopsService implements BrowseShops {

    private final Members members;
    private final Shops shops;
    private final TimeSource time;

    BrowseShopsService(Members members, Shops shops, TimeSource time) {
        this.members = members;
        this.shops = shops;
        this.time = time;
    }

    @Override
    public ShopProfile byId(MemberId reader, ShopId shop) {
        requireActive(reader);
        return profileOf(shops.findById(shop).orElseThrow(ShopNotFound::new));
    }

    @Override
    public ShopProfile byCode(MemberId reader, ShopCode code) {
        requireActive(reader);
        return profileOf(shops.findByCode(code).orElseThrow(ShopNotFound::new));
    }

    @Override
    public List<ShopView> staffedBy(MemberId member) {
        return shops.staffedBy(member).stream()
                .flatMap(id -> shops.findById(id).stream())
                .map(BrowseShopsService::viewOf)
                .sorted(Comparator.comparing(ShopView::name).thenComparing(view -> view.id().value()))
                .toList();
    }

    private void requireActive(MemberId reader) {
        members.findById(reader).orElseThrow(MemberNotFound::new).admit(time.now());
    }

    private ShopProfile profileOf(Shop shop) {
        var state = shop.state();
        var staff = new ArrayList<Staff>();
        staff.add(new Staff(state.owner(), nameOf(state.owner()), Role.OWNER));
        state.designers().stream()
                .map(designer -> new Staff(designer, nameOf(designer), Role.DESIGNER))
                .sorted(Comparator.comparing((Staff s) -> s.name().orElse("")).thenComparing(s -> s.member().value()))
                .forEach(staff::add);
        return new ShopProfile(viewOf(shop), staff);
    }

    private Optional<String> nameOf(MemberId member) {
        return members.findById(member).flatMap(m -> m.name()).map(MemberName::value);
    }

    private static ShopView viewOf(Shop shop) {
        var state = shop.state();
        return new ShopView(state.id(), state.code().value(), state.name().value(), state.timeZone().getId(),
                state.slotMinutes().value());
    }
}
