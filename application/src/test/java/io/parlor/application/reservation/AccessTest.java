package io.parlor.application.reservation;

import static io.parlor.application.reservation.ReservationFixture.DAY;
import static io.parlor.application.reservation.ReservationFixture.newMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.reservation.port.in.AddService;
import io.parlor.application.reservation.port.in.CancelReservation;
import io.parlor.application.reservation.port.in.ListMyReservations;
import io.parlor.application.reservation.port.in.ListServices;
import io.parlor.application.reservation.port.in.ListShopReservations;
import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.in.SetWorkingHours;
import io.parlor.application.reservation.port.in.ShowReservation;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.DesignerNotFound;
import io.parlor.domain.reservation.NotShopStaff;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.ReservationNotFound;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceName;
import io.parlor.domain.shared.InvalidValue;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessTest {

    private final ReservationFixture fixture = new ReservationFixture();
    private final ServiceId cut = fixture.service(30, "20", 0);
    private final MemberId customer = newMember();

    private ReservationView show(MemberId viewer, ReservationView reservation) {
        return fixture.useCases.showReservation().show(new ShowReservation.Query(viewer, reservation.id()));
    }

    @Test
    void theCustomerAndTheShopsStaffSeeAReservationAndNobodyElseLearnsItExists() {
        var reservation = fixture.hold(customer, fixture.at(DAY, "10:00"), cut);
        var stranger = newMember();

        assertThat(show(customer, reservation)).isEqualTo(reservation);
        assertThat(show(fixture.owner, reservation)).isEqualTo(reservation);
        assertThat(show(fixture.designer, reservation)).isEqualTo(reservation);
        assertThatThrownBy(() -> show(stranger, reservation)).isInstanceOf(ReservationNotFound.class)
                .extracting(e -> ((ReservationNotFound) e).code()).isEqualTo("reservation-not-found");
        assertThatThrownBy(() -> fixture.useCases.cancelReservation().cancel(new CancelReservation.Command(stranger,
                reservation.id(), Optional.empty()))).isInstanceOf(ReservationNotFound.class);
    }

    @Test
    void onlyStaffListTheShopsReservationsOfADay() {
        var early = fixture.hold(customer, fixture.at(DAY, "10:00"), cut);
        var late = fixture.hold(newMember(), fixture.at(DAY, "16:00"), cut);
        fixture.hold(newMember(), fixture.at(DAY.plusDays(1), "10:00"), cut);

        var all = fixture.useCases.listShopReservations().list(new ListShopReservations.Query(fixture.designer,
                fixture.shop, DAY, Optional.empty()));
        var otherDesigner = fixture.useCases.listShopReservations().list(new ListShopReservations.Query(
                fixture.owner, fixture.shop, DAY, Optional.of(newMember())));

        assertThat(all).containsExactly(early, late);
        assertThat(otherDesigner).isEmpty();
        assertThatThrownBy(() -> fixture.useCases.listShopReservations().list(new ListShopReservations.Query(
                customer, fixture.shop, DAY, Optional.empty()))).isInstanceOf(NotShopStaff.class);
    }

    @Test
    void customersPageThroughTheirOwnReservations() {
        var held = new ArrayList<ReservationView>();
        for (int day = 0; day < 5; day++) {
            held.add(fixture.hold(customer, fixture.at(DAY.plusDays(day), "10:00"), cut));
        }
        fixture.hold(newMember(), fixture.at(DAY, "11:00"), cut);

        var first = fixture.useCases.listMyReservations().list(new ListMyReservations.Query(customer,
                Optional.empty(), 3));
        var second = fixture.useCases.listMyReservations().list(new ListMyReservations.Query(customer,
                first.nextCursor(), 3));

        assertThat(first.items()).containsExactly(held.get(4), held.get(3), held.get(2));
        assertThat(second.items()).containsExactly(held.get(1), held.get(0));
        assertThat(second.nextCursor()).isEmpty();
        assertThatThrownBy(() -> fixture.useCases.listMyReservations().list(new ListMyReservations.Query(customer,
                Optional.of("not-a-cursor"), 3))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void onlyTheOwnerAddsServicesAndAnyoneListsThem() {
        var add = new AddService.Command(fixture.designer, fixture.shop, new ServiceName("Perm"), 90,
                new Price(new BigDecimal("120")), 0);
        var unknownShop = new ShopId(UUID.randomUUID());

        assertThatThrownBy(() -> fixture.useCases.addService().add(add)).isInstanceOf(NotShopOwner.class);
        assertThat(fixture.useCases.listServices().list(new ListServices.Query(fixture.shop)))
                .extracting(s -> s.id()).containsExactly(cut);
        assertThatThrownBy(() -> fixture.useCases.listServices().list(new ListServices.Query(unknownShop)))
                .isInstanceOf(ShopNotFound.class);
    }

    @Test
    void designersSetTheirOwnHoursAndTheOwnerAnyones() {
        var colleague = newMember();
        fixture.directory.addDesigner(fixture.shop, colleague);
        var ownHours = new SetWorkingHours.Command(colleague, fixture.shop, colleague, List.of(), Set.of(DAY));
        var othersHours = new SetWorkingHours.Command(colleague, fixture.shop, fixture.designer, List.of(), Set.of());
        var strangersHours = new SetWorkingHours.Command(fixture.owner, fixture.shop, newMember(), List.of(),
                Set.of());

        var set = fixture.useCases.setWorkingHours().set(ownHours);

        assertThat(set.daysOff()).containsExactly(DAY);
        assertThatThrownBy(() -> fixture.useCases.setWorkingHours().set(othersHours))
                .isInstanceOf(NotShopOwner.class);
        assertThatThrownBy(() -> fixture.useCases.setWorkingHours().set(strangersHours))
                .isInstanceOf(DesignerNotFound.class);
    }
}
