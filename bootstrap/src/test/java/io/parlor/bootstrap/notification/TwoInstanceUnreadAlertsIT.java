package io.parlor.bootstrap.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.in.MarkRead;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.membership.port.in.SignUp;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomName;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.Phone;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL and one Redis, with the unread delay cut to seconds: every
 * unread episode, wherever its message was posted, gives exactly one alert and one recorded
 * delivery per channel, and an episode read before its deadline gives none.
 */
class TwoInstanceUnreadAlertsIT {

    private static final String UNREAD_AFTER = "3s";
    private static EmbeddedServer first;
    private static EmbeddedServer second;

    @BeforeAll
    static void start() throws Exception {
        first = instance();
        second = instance();
    }

    @AfterAll
    static void stop() {
        first.getApplicationContext().close();
        second.getApplicationContext().close();
    }

    @Test
    void twoHundredUnreadEpisodesOnTwoInstancesGiveTwoHundredAlertsAndReadOnesNone() throws Exception {
        var sender = member(first, "Sender");
        var readers = List.of(member(first, "Reader One"), member(second, "Reader Two"));
        var recipients = readers;
        var unreadRooms = new ArrayList<RoomId>();
        for (int i = 0; i < 100; i++) {
            var instance = i % 2 == 0 ? first : second;
            var room = room(instance, sender, recipients, "unread " + i);
            post(instance, room, sender, "first of " + i);
            post(i % 2 == 0 ? second : first, room, sender, "second of " + i);
            unreadRooms.add(room);
        }
        var readRooms = new ArrayList<RoomId>();
        for (int i = 0; i < 10; i++) {
            var room = room(first, sender, recipients, "read " + i);
            long seq = post(second, room, sender, "seen at once");
            for (var reader : readers) {
                bean(i % 2 == 0 ? first : second, MarkRead.class).markRead(new MarkRead.Command(room, reader, seq));
            }
            readRooms.add(room);
        }

        waitUntil(() -> alerts(recipients).size() >= 200 && pendingDeliveries(recipients) == 0, 90);
        Thread.sleep(4_000);

        var alerts = alerts(recipients);
        assertThat(alerts).hasSize(200);
        assertThat(alerts.stream().distinct()).hasSize(200);
        assertThat(alerts.stream().map(alert -> alert.split("/")[1]).collect(Collectors.toSet()))
                .isEqualTo(unreadRooms.stream().map(RoomId::toString).collect(Collectors.toSet()))
                .doesNotContainAnyElementsOf(readRooms.stream().map(RoomId::toString).toList());
        assertThat(deliveriesByChannel(recipients)).isEqualTo(Map.of(
                "IN_APP/SENT", 200L, "EMAIL/SENT", 200L, "SMS/SENT", 100L, "SMS/FAILED", 100L));
    }

    private static <T> T bean(EmbeddedServer instance, Class<T> type) {
        return instance.getApplicationContext().getBean(type);
    }

    /** Reader Two has a phone number, so its SMS deliveries are sent (into the outbox file); Reader One's are given up. */
    private static MemberId member(EmbeddedServer instance, String name) {
        var phone = name.equals("Reader Two") ? Optional.of(new Phone("+82 10-1234-5678")) : Optional.<Phone>empty();
        return bean(instance, SignUp.class).signUp(new SignUp.Command(new Email("alert-" + UUID.randomUUID()
                + "@example.com"), "violet-harbor-lantern", new MemberName(name), phone)).id();
    }

    private static RoomId room(EmbeddedServer instance, MemberId creator, List<MemberId> others, String name) {
        return bean(instance, CreateRoom.class).create(new CreateRoom.Command(creator, RoomType.GROUP,
                Optional.of(new RoomName(name)), Set.copyOf(others), Optional.empty())).room().id();
    }

    private static long post(EmbeddedServer instance, RoomId room, MemberId sender, String text) {
        return bean(instance, PostMessage.class).post(new PostMessage.Command(room, sender, MessageType.TEXT, text,
                Optional.empty(), new ClientMessageId(UUID.randomUUID().toString()))).join().message().seq();
    }

    /** Each CHAT_UNREAD notification of the recipients as {@code recipient/roomId}. */
    private static List<String> alerts(List<MemberId> recipients) throws SQLException {
        return query("""
                SELECT n.recipient_id, d.data_value FROM notifications n
                JOIN notification_data d ON d.notification_id = n.id AND d.data_key = 'roomId'
                WHERE n.type = 'CHAT_UNREAD' AND n.recipient_id IN (?, ?)""", recipients,
                row -> row.getString(1) + "/" + row.getString(2));
    }

    private static long pendingDeliveries(List<MemberId> recipients) throws SQLException {
        return query("SELECT COUNT(*) FROM notification_deliveries WHERE status = 'PENDING' AND recipient_id IN (?, ?)",
                recipients, row -> row.getLong(1)).get(0);
    }

    private static Map<String, Long> deliveriesByChannel(List<MemberId> recipients) throws SQLException {
        var byChannel = new HashMap<String, Long>();
        query("""
                SELECT d.channel, d.status, COUNT(*) FROM notification_deliveries d
                JOIN notifications n ON n.id = d.notification_id
                WHERE n.type = 'CHAT_UNREAD' AND d.recipient_id IN (?, ?) GROUP BY d.channel, d.status""", recipients,
                row -> byChannel.put(row.getString(1) + "/" + row.getString(2), row.getLong(3)));
        return byChannel;
    }

    private interface Row<T> {
        T read(java.sql.ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(String sql, List<MemberId> recipients, Row<T> reader) throws SQLException {
        try (var connection = DriverManager.getConnection(System.getProperty("parlor.test.postgres.url"),
                System.getProperty("parlor.test.postgres.username"), System.getProperty("parlor.test.postgres.password"));
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < recipients.size(); i++) {
                statement.setObject(i + 1, recipients.get(i).value());
            }
            var rows = new ArrayList<T>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        }
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void waitUntil(Check check, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!check.done() && System.nanoTime() < end) {
            Thread.sleep(250);
        }
    }

    private static EmbeddedServer instance() throws Exception {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "parlor.data-dir", Files.createTempDirectory("parlor-instance").toString(),
                "datasources.default.url", System.getProperty("parlor.test.postgres.url"),
                "datasources.default.username", System.getProperty("parlor.test.postgres.username"),
                "datasources.default.password", System.getProperty("parlor.test.postgres.password"),
                "parlor.redis.uri", System.getProperty("parlor.test.redis.uri"),
                "parlor.jwt.secret", "two-instances-share-this-signing-secret!",
                "parlor.membership.email-verification-required", false,
                "parlor.notification.unread-after", UNREAD_AFTER,
                "parlor.notification.work-interval", "200ms"));
    }
}
