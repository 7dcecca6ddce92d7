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
    private final TransactionRunner transactions;
    private final IdGenerator ids;
    private final ShopAccess access;

    AddServiceService(ReservationPorts ports, Toolkit kit) {
        this.catalog = ports.catalog();
        this.transactions = ports.transactions();
        this.ids = ports.ids();
        this.access = kit.access();
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
