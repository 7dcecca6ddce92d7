package io.parlor.adapters.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.parlor.application.notification.port.out.Contact;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmsChannelTest {

    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer gateway;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 202;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private SmsNotificationChannel channelOverHttp() {
        var url = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms";
        return new SmsNotificationChannel(new HttpSmsGateway(new SmsSettings(url, "k3y", Duration.ofSeconds(2))));
    }

    @Test
    void postsTitleAndBodyAsJsonWithTheBearerKey() throws IOException {
        var outcome = channelOverHttp().send(reachable(), notification("Unread message", "Mina: are you free?"));

        assertThat(outcome).isEmpty();
        assertThat(bodies).hasSize(1);
        var sent = new ObjectMapper().readTree(bodies.get(0));
        assertThat(sent.get("to").asText()).isEqualTo("+821012345678");
        assertThat(sent.get("text").asText()).isEqualTo("Unread message\nMina: are you free?");
        assertThat(authorizations).containsExactly("Bearer k3y");
    }

    @Test
    void aRefusalIsAFailureWorthRetryingAndTheRetryGoesThrough() {
        failuresLeft.set(1);
        var channel = channelOverHttp();

        assertThatThrownBy(() -> channel.send(reachable(), notification("t", "b")))
                .hasMessageContaining("500");
        assertThat(channel.send(reachable(), notification("t", "b"))).isEmpty();
        assertThat(bodies).hasSize(2);
    }

    @Test
    void anUnreachableGatewayIsAFailureWorthRetrying() {
        gateway.stop(0);
        var url = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms";
        var channel = new SmsNotificationChannel(new HttpSmsGateway(new SmsSettings(url, null, Duration.ofSeconds(1))));

        assertThatThrownBy(() -> channel.send(reachable(), notification("t", "b"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aMemberWithoutAPhoneIsNotTriedAndSaysWhy() {
        var noPhone = new Contact(new MemberId(UUID.randomUUID()), "Mina", Optional.of("mina@example.com"),
                Optional.empty());

        assertThat(channelOverHttp().send(noPhone, notification("t", "b"))).contains("the member has no phone number");
        assertThat(bodies).isEmpty();
    }

    @Test
    void theOutboxKeepsOneJsonLinePerMessage(@TempDir Path directory) throws IOException {
        var channel = new SmsNotificationChannel(new OutboxSmsGateway(directory));

        channel.send(reachable(), notification("First", ""));
        channel.send(reachable(), notification("Second", "with a body"));

        var lines = Files.readAllLines(directory.resolve(OutboxSmsGateway.FILE_NAME));
        assertThat(lines).hasSize(2);
        var json = new ObjectMapper();
        assertThat(json.readTree(lines.get(0)).get("text").asText()).isEqualTo("First");
        assertThat(json.readTree(lines.get(1)).get("text").asText()).isEqualTo("Second\nwith a body");
        assertThat(json.readTree(lines.get(1)).get("to").asText()).isEqualTo("+821012345678");
    }

    @Test
    void settingsRefuseAnythingButHttpAndHideTheKey() {
        assertThatThrownBy(() -> new SmsSettings("ftp://gateway", null, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SmsSettings("https://gateway", "secret", Duration.ofSeconds(1)).toString())
                .doesNotContain("secret");
    }

    private static Contact reachable() {
        return new Contact(new MemberId(UUID.randomUUID()), "Mina", Optional.empty(), Optional.of("+821012345678"));
    }

    private static Notification notification(String title, String body) {
        return Notification.raise(new NotificationId(UUID.randomUUID()), new MemberId(UUID.randomUUID()),
                NotificationType.CHAT_UNREAD, title, body, Map.of(), Instant.parse("2026-12-06T09:00:00Z"));
    }
}
