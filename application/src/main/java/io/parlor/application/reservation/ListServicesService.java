package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ListServices;
import io.parlor.application.reservation.port.in.ServiceView;
import io.parlor.application.reservation.port.out.Catalog;
import java.util.List;

final class ListServicesService implements ListServices {

    private final Catalog catalog;
    private final ShopAccess access;

    ListServicesService(Catalog catalog, ShopAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @Override
    public List<ServiceView> list(Query query) {
        access.profile(query.shop());
        return catalog.ofShop(query.shop()).stream().map(Views::of).toList();
    }
}
