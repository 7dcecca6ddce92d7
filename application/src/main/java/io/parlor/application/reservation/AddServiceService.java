package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.AddService;
import io.parlor.application.reservation.port.in.ServiceView;
import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.ServiceId;

final class AddServiceService implements AddService {

    private final Catalog catalog;
    private final ShopAccess access;
    private final TransactionRunner transactions;
    private final IdGenerator ids;

    AddServiceService(Catalog catalog, ShopAccess access, TransactionRunner transactions, IdGenerator ids) {
        this.catalog = catalog;
        this.access = access;
        this.transactions = transactions;
        this.ids = ids;
    }

    @Override
    public ServiceView add(Command command) {
        access.profile(command.shop());
        access.requireOwner(command.shop(), command.owner());
        var service = BookableService.offer(new ServiceId(ids.newId()), command.shop(), command.name(),
                command.durationMinutes(), command.price(), command.bufferMinutes());
        transactions.runInTransaction(() -> catalog.add(service));
        return Views.of(service);
    }
}
