package io.parlor.application.membership;

import io.parlor.application.membership.port.in.AddDesigner;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.shared.ShopNotFound;

final class AddDesignerService implements AddDesigner {

    private final Members members;
    private final Shops shops;
    private final TransactionRunner transactions;
    private final TimeSource time;

    AddDesignerService(Members members, Shops shops, TransactionRunner transactions, TimeSource time) {
        this.members = members;
        this.shops = shops;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public boolean add(Command command) {
        var now = time.now();
        return transactions.inTransaction(() -> {
            var shop = shops.lockById(command.shop()).orElseThrow(ShopNotFound::new);
            shop.requireOwner(command.owner());
            members.findById(command.designer()).orElseThrow(MemberNotFound::new).admit(now);
            boolean added = shop.addDesigner(command.owner(), command.designer());
            if (added) {
                shops.save(shop);
            }
            return added;
        });
    }
}
