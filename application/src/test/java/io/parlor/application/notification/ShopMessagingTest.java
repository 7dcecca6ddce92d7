package io.parlor.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.notification.inmemory.InMemoryTemplates;
import io.parlor.application.notification.port.in.ListNotifications;
import io.parlor.application.notification.port.in.ManageTemplates;
import io.parlor.application.notification.port.in.SendGroupMessage;
import io.parlor.application.notification.port.in.ShopMessageTriggers;
import io.parlor.application.notification.port.out.Contact;
import io.parlor.application.notification.port.out.ShopConversations;
import io.parlor.application.notification.port.out.ShopDesk;
import io.parlor.application.notification.port.out.ShopFacts;
import io.parlor.application.notification.port.out.TemplateEngine;
import io.parlor.application.shared.Scheduling;
import io.parlor.application.shared.port.in.RunDeadlines;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationType;
import io.parlor.domain.notification.TemplateNotFound;
import io.parlor.domain.notification.Trigger;
import io.parlor.domain.notification.TriggerType;
import io.parlor.domain.notification.UnknownPlaceholder;
import io.parlor.domain.reservation.ReservationCancelled;
import io.parlor.domain.reservation.ReservationCompleted;
import io.parlor.domain.reservation.ReservationConfirmed;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationRescheduled;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.shared.InvalidValue;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Templates, what sends them by itself, and group messages, over in-memory stores and a clock the test moves. */
class ShopMessagingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final NotificationFixture fixture = new NotificationFixture();
    private final MemberId owner = NotificationFixture.anyMember();
    private final MemberId designer = NotificationFixture.anyMember();
    private final MemberId ana = NotificationFixture.anyMember();
    private final MemberId bo = NotificationFixture.anyMember();
    private final ShopFacts shop = new ShopFacts(new ShopId(UUID.randomUUID()), "Salon Lumen", BERLIN, owner,
            Set.of(designer));
    private final GroupId vip = new GroupId(UUID.randomUUID());
    private final Map<GroupId, List<MemberId>> groups = new HashMap<>(Map.of(vip, List.of(ana, bo)));
    private final Conversations chat = new Conversations();
    private final ShopMessagingUseCases messaging;
    private final RunDeadlines runner;

    ShopMessagingTest() {
        ShopDesk desk = new ShopDesk() {
            @Override
            public Optional<ShopFacts> shop(ShopId id) {
                return Optional.of(shop).filter(s -> s.id().equals(id));
            }

            @Override
            public List<ShopId> staffedBy(MemberId member) {
                return shop.isStaff(member) ? List.of(shop.id()) : List.of();
            }

            @Override
            public List<MemberId> recipients(ShopId id, GroupId group) {
                return groups.getOrDefault(group, List.of());
            }
        };
        var names = Map.of(ana, "Ana", bo, "Bo", designer, "Dana", owner, "Olli");
        messaging = ShopMessagingUseCases.wire(new ShopMessagingPorts(fixture.platform(),
                        new InMemoryTemplates(fixture.transactions), new PlaceholderEngine(), desk, chat,
                        member -> Optional.of(new Contact(member, names.getOrDefault(member, ""), Optional.empty(),
                                Optional.empty())),
                        fixture.deadlines),
                fixture.useCases.raise());
        runner = Scheduling.runner(fixture.deadlines, fixture.transactions, fixture.time, messaging.deadlineHandlers(),
                Scheduling.Retries.defaults());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private ManageTemplates.Draft draft(String body, Trigger trigger) {
        return new ManageTemplates.Draft("t", body, trigger);
    }

    private void template(String body, Trigger trigger) {
        messaging.manageTemplates().create(shop.id(), owner, draft(body, trigger));
    }

    private ReservationConfirmed confirmed(ReservationId id, Instant start) {
        return new ReservationConfirmed(id, shop.id(), designer, ana, start, start.plusSeconds(3_600),
                fixture.time.now());
    }

    private void changed(io.parlor.domain.reservation.ReservationEvent event, ReservationStatus status) {
        fixture.transactions.runInTransaction(() -> messaging.triggers().reservationsChanged(
                List.of(new ShopMessageTriggers.Change(event, status))));
    }

    /** Moves the clock to {@code at} and runs what is due then. */
    private void runAt(Instant at) {
        fixture.time.set(at);
        runner.runDue(1_000);
    }

    private List<Notification> inbox(MemberId member) {
        return fixture.useCases.list().list(new ListNotifications.Query(member, false, Optional.empty(), 100))
                .items();
    }

    @Test
    void onlyTheOwnerWritesTemplatesOnlyTheStaffReadsThemAndOnlyKnownPlaceholdersPass() {
        assertThatThrownBy(() -> template("Hi {{password}}", Trigger.of(TriggerType.MANUAL)))
                .isInstanceOf(UnknownPlaceholder.class);
        assertThatThrownBy(() -> messaging.manageTemplates().create(shop.id(), designer,
                draft("Hi", Trigger.of(TriggerType.MANUAL)))).isInstanceOf(NotShopOwner.class);
        assertThatThrownBy(() -> messaging.manageTemplates().list(shop.id(), ana)).isInstanceOf(ShopNotFound.class);

        template("Hi {{customerName}}", Trigger.of(TriggerType.MANUAL));

        var listed = messaging.manageTemplates().list(shop.id(), designer);
        assertThat(listed).hasSize(1);
        var id = listed.get(0).id();
        assertThat(messaging.manageTemplates().update(shop.id(), owner, id,
                draft("Hello {{customerName}}", Trigger.of(TriggerType.MANUAL))).body()).isEqualTo("Hello {{customerName}}");
        messaging.manageTemplates().delete(shop.id(), owner, id);
        assertThatThrownBy(() -> messaging.manageTemplates().delete(shop.id(), owner, id))
                .isInstanceOf(TemplateNotFound.class);
    }

    @Test
    void aReminderGoesOutOnceAtNineTheDayBeforeInTheShopsZone() {
        template("See you {{reservationStart}} with {{designerName}}, {{customerName}}",
                new Trigger(TriggerType.BEFORE_RESERVATION, 1, Optional.of(LocalTime.of(9, 0))));
        var reservation = new ReservationId(UUID.randomUUID());
        // Berlin leaves summer time in the night to 2027-10-31: the reminder's day is UTC+2, the reservation's UTC+1.
        changed(confirmed(reservation, berlin("2027-10-31T14:00")), ReservationStatus.CONFIRMED);

        runAt(Instant.parse("2027-10-30T06:59:59Z"));
        assertThat(chat.posts).isEmpty();
        runAt(Instant.parse("2027-10-30T07:00:00Z"));
        runAt(berlin("2027-10-30T09:30"));

        assertThat(chat.posts).extracting(Post::text).containsExactly("See you 2027-10-31 14:00 with Dana, Ana");
        assertThat(chat.posts.get(0).sender()).isEqualTo(owner);
        assertThat(inbox(ana)).extracting(Notification::type).containsExactly(NotificationType.RESERVATION_REMINDER);
        assertThat(inbox(ana).get(0).data()).containsEntry("reservationId", reservation.toString())
                .containsEntry("roomId", chat.posts.get(0).room().toString());
    }

    @Test
    void aRescheduleMovesTheReminderAndACancelRemovesIt() {
        template("Reminder", new Trigger(TriggerType.BEFORE_RESERVATION, 1, Optional.of(LocalTime.of(9, 0))));
        var moved = new ReservationId(UUID.randomUUID());
        var cancelled = new ReservationId(UUID.randomUUID());
        var start = berlin("2026-12-10T15:00");
        var later = berlin("2026-12-12T15:00");
        changed(confirmed(moved, start), ReservationStatus.CONFIRMED);
        changed(confirmed(cancelled, start), ReservationStatus.CONFIRMED);

        changed(new ReservationRescheduled(moved, shop.id(), designer, ana, start, start.plusSeconds(3_600), later,
                later.plusSeconds(3_600), fixture.time.now()), ReservationStatus.CONFIRMED);
        changed(new ReservationCancelled(cancelled, shop.id(), designer, ana, start, start.plusSeconds(3_600), false,
                Optional.empty(), fixture.time.now()), ReservationStatus.CANCELLED);

        runAt(berlin("2026-12-09T09:00"));
        assertThat(chat.posts).isEmpty();
        runAt(berlin("2026-12-11T09:00"));
        assertThat(chat.posts).hasSize(1);
        runAt(berlin("2026-12-20T09:00"));
        assertThat(chat.posts).hasSize(1);
    }

    @Test
    void aReminderWhoseTimeHasPassedWhenTheBookingIsMadeIsNotSentLate() {
        template("Tomorrow!", new Trigger(TriggerType.BEFORE_RESERVATION, 1, Optional.of(LocalTime.of(9, 0))));
        fixture.time.set(berlin("2026-12-09T12:00"));

        changed(confirmed(new ReservationId(UUID.randomUUID()), berlin("2026-12-10T10:00")),
                ReservationStatus.CONFIRMED);
        runAt(berlin("2026-12-10T11:00"));

        assertThat(chat.posts).isEmpty();
    }

    @Test
    void aConfirmationIsAnsweredAtOnceAndAFollowUpOnlyForACompletedReservation() {
        template("Thanks for booking, {{customerName}}", Trigger.of(TriggerType.RESERVATION_CONFIRMED));
        template("How was it?", new Trigger(TriggerType.AFTER_RESERVATION, 2, Optional.of(LocalTime.of(10, 0))));
        var done = new ReservationId(UUID.randomUUID());
        var noShow = new ReservationId(UUID.randomUUID());
        var start = berlin("2026-12-10T15:00");
        changed(confirmed(done, start), ReservationStatus.CONFIRMED);
        changed(confirmed(noShow, start), ReservationStatus.CONFIRMED);
        runAt(fixture.time.now());
        assertThat(chat.posts).extracting(Post::text).containsExactly("Thanks for booking, Ana", "Thanks for booking, Ana");

        changed(new ReservationCompleted(done, shop.id(), designer, ana, start, start.plusSeconds(3_600),
                start.plusSeconds(3_600)), ReservationStatus.COMPLETED);
        runAt(berlin("2026-12-12T09:59"));
        assertThat(chat.posts).hasSize(2);
        runAt(berlin("2026-12-12T10:00"));

        assertThat(chat.posts).extracting(Post::text).containsExactly("Thanks for booking, Ana",
                "Thanks for booking, Ana", "How was it?");
        assertThat(inbox(ana)).extracting(Notification::type).containsExactly(NotificationType.RESERVATION_REMINDER,
                NotificationType.RESERVATION_CONFIRMED, NotificationType.RESERVATION_CONFIRMED);
    }

    @Test
    void aGroupMessageReachesEachRecipientOnceEvenWhenTheRequestIsRetried() {
        var command = new SendGroupMessage.Command(shop.id(), owner, vip, Optional.empty(),
                Optional.of("20% off for {{customerName}}"), Optional.of("offer-1"));

        int recipients = messaging.sendGroupMessage().send(command);
        runAt(fixture.time.now());
        int again = messaging.sendGroupMessage().send(command);
        runAt(fixture.time.now().plusSeconds(1));

        assertThat(recipients).isEqualTo(2);
        assertThat(again).isEqualTo(2);
        assertThat(chat.posts).extracting(Post::text)
                .containsExactlyInAnyOrder("20% off for Ana", "20% off for Bo");
        assertThat(inbox(ana)).extracting(Notification::type).containsExactly(NotificationType.GROUP_MESSAGE);
        assertThat(inbox(bo)).hasSize(1);
    }

    @Test
    void aGroupMessageNeedsATemplateOrATextAndAnOwner() {
        assertThatThrownBy(() -> messaging.sendGroupMessage().send(new SendGroupMessage.Command(shop.id(), owner, vip,
                Optional.empty(), Optional.of("  "), Optional.empty()))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> messaging.sendGroupMessage().send(new SendGroupMessage.Command(shop.id(), owner, vip,
                Optional.of(new io.parlor.domain.notification.TemplateId(UUID.randomUUID())), Optional.empty(),
                Optional.empty()))).isInstanceOf(TemplateNotFound.class);
        assertThatThrownBy(() -> messaging.sendGroupMessage().send(new SendGroupMessage.Command(shop.id(), designer,
                vip, Optional.empty(), Optional.of("hi"), Optional.empty()))).isInstanceOf(NotShopOwner.class);
        runAt(fixture.time.now().plus(Duration.ofMinutes(1)));
        assertThat(chat.posts).isEmpty();
    }

    @Test
    void aNewRoomWithTheShopsStaffIsWelcomedOnceWithTheCustomersName() {
        template("Welcome to {{shopName}}, {{customerName}}!", Trigger.of(TriggerType.ROOM_CREATED));
        var room = new RoomId(UUID.randomUUID());

        messaging.triggers().roomOpened(room, Set.of(designer, bo));
        messaging.triggers().roomOpened(room, Set.of(designer, bo));
        messaging.triggers().roomOpened(new RoomId(UUID.randomUUID()), Set.of(ana, bo));

        assertThat(chat.posts).containsExactly(new Post(room, designer, "Welcome to Salon Lumen, Bo!"));
    }

    record Post(RoomId room, MemberId sender, String text) {
    }

    /** Chat as the port promises it: one post per dedupe key, direct rooms one per pair. */
    static final class Conversations implements ShopConversations {

        final List<Post> posts = new ArrayList<>();
        private final Set<String> keys = new java.util.HashSet<>();
        private final Map<Set<MemberId>, RoomId> direct = new HashMap<>();

        @Override
        public synchronized RoomId postDirect(MemberId sender, MemberId customer, String text, String dedupeKey) {
            var room = direct.computeIfAbsent(Set.of(sender, customer), pair -> new RoomId(UUID.randomUUID()));
            postIn(room, sender, text, dedupeKey);
            return room;
        }

        @Override
        public synchronized void postIn(RoomId room, MemberId sender, String text, String dedupeKey) {
            if (keys.add(room + "/" + dedupeKey)) {
                posts.add(new Post(room, sender, text));
            }
        }
    }

    /** A stand-in for the adapter's template engine: plain {@code {{name}}} placeholders, values inserted verbatim. */
    static final class PlaceholderEngine implements TemplateEngine {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

        @Override
        public Set<String> placeholders(String body) {
            return PLACEHOLDER.matcher(body).results().map(m -> m.group(1)).collect(Collectors.toSet());
        }

        @Override
        public String render(String body, Map<String, String> values) {
            return PLACEHOLDER.matcher(body)
                    .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
    }
}
