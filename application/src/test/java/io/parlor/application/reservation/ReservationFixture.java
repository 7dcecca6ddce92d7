package io.parlor.application.reservation;

import io.parlor.application.reservation.inmemory.InMemoryBookingPolicies;
import io.parlor.application.reservation.inmemory.InMemoryCatalog;
import io.parlor.application.reservation.inmemory.InMemoryReservations;
import io.parlor.application.reservation.inmemory.InMemorySchedules;
import io.parlor.application.reservation.inmemory.InMemoryShopDirectory;
import io.parlor.application.reservation.inmemory.InMemorySlotLock;
import io.parlor.application.reservation.port.in.AddService;
import io.parlor.application.reservation.port.in.HoldSlot;
import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.in.ServiceView;
import io.parlor.application.reservation.port.in.SetWorkingHours;
import io.parlor.application.reservation.port.out.ReservationFollowUps;
import io.parlor.application.reservation.port.out.SlotLock;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.inmemory.InMemoryIdGenerator;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.port.out.Inbox;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.IdempotencyKey;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceName;
import io.parlor.domain.reservation.ShopProfile;
import io.parlor.domain.reservation.WorkingHours;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The real use cases over in-memory adapters, with a clock the test moves: one shop (owner,
 * one designer working 09:00-12:00 and 13:00-18:00 every day) in {@link #zone}.
 */
final class ReservationFixture {

    static final Instant START = Instant.parse("2026-11-21T09:30:00Z");
    /** A Tuesday, three days after {@link #START}. */
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    final ZoneId zone;
    final InMemoryTimeSource time;
    final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    final InMemoryReservations reservations = new InMemoryReservations(transactions);
    final InMemoryShopDirectory directory = new InMemoryShopDirectory();
    final InProcessDomainEventBus events = new InProcessDomainEventBus();
    final Inbox published = new Inbox();
    final ReservationUseCases useCases;
    final ShopId shop = new ShopId(UUID.randomUUID());
    final MemberId owner = newMember();
    final MemberId designer = newMember();
    /** The customers the shop blacklisted. */
    final Set<MemberId> blacklisted = ConcurrentHashMap.newKeySet();
    /** What the follow-ups were handed, inside the unit of work of the change. */
    final List<ReservationFollowUps.Recorded> followedUp = new CopyOnWriteArrayList<>();
    /** Makes the follow-ups fail while true. */
    volatile boolean followUpsFail;

    ReservationFixture() {
        this(ZoneId.of("Asia/Seoul"), START, ReservationSettings.defaults(), InMemorySlotLock::new);
    }

    ReservationFixture(ZoneId zone, Instant start, ReservationSettings settings,
            Function<InMemoryTimeSource, SlotLock> slotLock) {
        this.zone = zone;
        this.time = new InMemoryTimeSource(start);
        events.subscribe(ReservationUseCases.TOPIC, published);
        useCases = ReservationUseCases.wire(new ReservationPorts(
                new Platform(transactions, events, time, new InMemoryIdGenerator()), reservations,
                new InMemoryCatalog(transactions), new InMemorySchedules(transactions),
                new InMemoryBookingPolicies(transactions), directory, slotLock.apply(time), (shop, customer) -> blacklisted.contains(customer), this::followUp), settings);
        directory.register(new ShopProfile(shop, zone, 30), owner);
        directory.addDesigner(shop, designer);
        workEveryDay(designer, Set.of());
    }

    private void followUp(List<ReservationFollowUps.Recorded> changes) {
        if (!transactions.inUnitOfWork()) {
            throw new AssertionError("follow-ups run inside the reservation's unit of work");
        }
        if (followUpsFail) {
            throw new IllegalStateException("a follow-up failed");
        }
        followedUp.addAll(changes);
    }

    static MemberId newMember() {
        return new MemberId(UUID.randomUUID());
    }

    void workEveryDay(MemberId who, Set<LocalDate> daysOff) {
        var weekly = new ArrayList<WorkingHours>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.add(new WorkingHours(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            weekly.add(new WorkingHours(day, LocalTime.of(13, 0), LocalTime.of(18, 0)));
        }
        useCases.setWorkingHours().set(new SetWorkingHours.Command(owner, shop, who, weekly, daysOff));
    }

    ServiceId service(int minutes, String price, int bufferMinutes) {
        ServiceView view = useCases.addService().add(new AddService.Command(owner, shop, new ServiceName("Cut"),
                minutes, new Price(new BigDecimal(price)), bufferMinutes));
        return view.id();
    }

    /** The instant of local {@code time} on {@code date} in the shop's zone (earlier offset if repeated). */
    Instant at(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), zone).toInstant();
    }

    ReservationView hold(MemberId customer, Instant start, ServiceId... services) {
        return holdWithKey(customer, start, Optional.empty(), services);
    }

    ReservationView holdWithKey(MemberId customer, Instant start, Optional<String> key, ServiceId... services) {
        return useCases.holdSlot().hold(new HoldSlot.Command(customer, shop, designer, List.of(services), start,
                Optional.empty(), key.map(IdempotencyKey::new)));
    }
}
