package io.parlor.application.membership;

import io.parlor.application.membership.port.in.CreateShop;
import io.parlor.application.membership.port.in.ShopView;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.SecretGenerator;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.SlotMinutes;
import io.parlor.domain.membership.TimeZones;

final class CreateShopService implements CreateShop {

    /** 48 bits, 8 characters. */
    private static final int CODE_BYTES = 6;
    private static final int CODE_DRAWS = 5;

    private final Members members;
    private final Shops shops;
    private final SecretGenerator secrets;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;

    CreateShopService(Members members, Shops shops, SecretGenerator secrets, TransactionRunner transactions,
            TimeSource time, IdGenerator ids) {
        this.members = members;
        this.shops = shops;
        this.secrets = secrets;
        this.transactions = transactions;
        this.time = time;
        this.ids = ids;
    }

    @Override
    public ShopView create(Command command) {
        var zone = TimeZones.parse(command.timeZone());
        var slot = command.slotMinutes().map(SlotMinutes::new).orElse(SlotMinutes.DEFAULT);
        var now = time.now();
        members.findById(command.owner()).orElseThrow(MemberNotFound::new).admit(now);
        var id = new ShopId(ids.newId());
        for (int draw = 0; draw < CODE_DRAWS; draw++) {
            var code = new ShopCode(secrets.urlSafe(CODE_BYTES));
            var shop = Shop.open(id, code, command.name(), zone, slot, command.owner(), now);
            if (transactions.inTransaction(() -> shops.add(shop))) {
                return new ShopView(id, code.value(), command.name().value(), zone.getId(), slot.value());
            }
        }
        throw new IllegalStateException("no free shop code after " + CODE_DRAWS + " draws");
    }
}
