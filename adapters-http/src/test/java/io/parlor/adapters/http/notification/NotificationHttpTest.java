package io.parlor.adapters.http.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parlor.adapters.http.RandomJwtSecret;
import io.parlor.adapters.credentials.JwtAccessTokens;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.application.notification.port.in.StreamEvent;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The exact JSON and event stream of the notification endpoints, with the use cases stubbed. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "spec.name", value = "NotificationHttpTest")
class NotificationHttpTest implements RandomJwtSecret {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    JwtAccessTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final MemberId ana = new MemberId(UUID.randomUUID());
    private String token;

    @BeforeEach
    void signIn() {
        var now = Instant.now();
        token = tokens.issue(new AccessGrant(ana, Set.of(Role.CUSTOMER), false, now, now.plusSeconds(600)));
        StubNotifications.OPENED.clear();
    }

    @Test
    void aPageHasEveryMemberOfTheContract() throws Exception {
        var response = send("GET", "/notifications?unreadOnly=true&limit=500&cursor=9", true);

        assertThat(response.statusCode()).isEqualTo(200);
        var item = new HashMap<String, Object>();
        item.put("id", StubNotifications.KNOWN.toString());
        item.put("type", "CHAT_UNREAD");
        item.put("title", "Unread messages");
        item.put("body", "2 messages are waiting for you.");
        item.put("data", Map.of("roomId", "r-1"));
        item.put("createdAt", "2026-11-21T09:30:00Z");
        item.put("readAt", null);
        assertThat(parse(response.body())).isEqualTo(Map.of("items", List.of(item), "nextCursor", "7",
                "unreadCount", 1));
        var query = StubNotifications.LAST_QUERY.get();
        assertThat(query.member()).isEqualTo(ana);
        assertThat(query.unreadOnly()).isTrue();
        assertThat(query.limit()).isEqualTo(500);
        assertThat(query.cursor()).contains("9");
    }

    @Test
    void readingAndDeletingAnswerNoContentAndUnknownIdsAreNotFound() throws Exception {
        assertThat(send("POST", "/notifications/" + StubNotifications.KNOWN + "/read", true).statusCode()).isEqualTo(204);
        assertThat(send("POST", "/notifications/read-all", true).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/notifications/" + StubNotifications.KNOWN, true).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/notifications", true).statusCode()).isEqualTo(204);

        for (var path : List.of("/notifications/" + UUID.randomUUID() + "/read", "/notifications/not-an-id/read")) {
            var response = send("POST", path, true);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(parse(response.body())).isEqualTo(Map.of("type", "urn:parlor:problem:notification-not-found",
                    "title", "Not Found", "status", 404, "detail", "no such notification",
                    "code", "notification-not-found"));
        }
        assertThat(send("DELETE", "/notifications/" + UUID.randomUUID(), true).statusCode()).isEqualTo(404);
    }

    @Test
    void everyEndpointNeedsAToken() throws Exception {
        assertThat(send("GET", "/notifications", false).statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/notifications", false).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/notifications/stream", false).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/notifications/stream?access_token=not-a-token", false).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/notifications?access_token=" + token, false).statusCode()).isEqualTo(401);
        assertThat(StubNotifications.OPENED).isEmpty();
    }

    @Test
    void theStreamTakesTheTokenFromTheAddressAndShowsEveryKindOfEvent() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.getURI() + "/notifications/stream?access_token=" + token
                + "&lastEventId=6")).header("Accept", "text/event-stream").GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        var opened = StubNotifications.OPENED.poll(10, TimeUnit.SECONDS);
        assertThat(opened).isNotNull();
        var room = new RoomId(UUID.randomUUID());
        var last = new MessagePosted(new MessageId(UUID.randomUUID()), room, 3, ana, MessageType.TEXT, "hi",
                Optional.empty(), Optional.empty(), Instant.parse("2026-11-21T09:31:00Z"));

        opened.listener().event(new StreamEvent.NotificationShown("7", StubNotifications.notification(ana)));
        opened.listener().event(new StreamEvent.RoomChanged("7.1", room, Optional.of(last), 2));
        opened.listener().event(new StreamEvent.StatusChanged("7.2", ana, "BLOCKED"));
        opened.listener().ended();
        var events = read(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(opened.command().member()).isEqualTo(ana);
        assertThat(opened.command().lastEventId()).contains("6");
        assertThat(events.get(0)).containsKey("retry");
        var named = events.stream().filter(event -> event.containsKey("event")).toList();
        assertThat(named).extracting(event -> event.get("event"))
                .containsExactly("notification", "room-updated", "member-status");
        assertThat(named).extracting(event -> event.get("id")).containsExactly("7", "7.1", "7.2");
        assertThat(parse(named.get(0).get("data"))).containsEntry("id", StubNotifications.KNOWN.toString())
                .containsEntry("readAt", null);
        var update = parse(named.get(1).get("data"));
        assertThat(update).containsEntry("roomId", room.toString()).containsEntry("unreadCount", 2);
        @SuppressWarnings("unchecked")
        var lastMessage = (Map<String, Object>) update.get("lastMessage");
        assertThat(lastMessage).containsEntry("seq", 3).containsEntry("message", "hi");
        assertThat(parse(named.get(2).get("data"))).isEqualTo(Map.of("memberId", ana.toString(), "status", "BLOCKED"));
        assertThat(opened.closed()).isTrue();
    }

    @Test
    void theResumePointMayComeAsTheStandardHeader() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.getURI() + "/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Last-Event-ID", "12.3").GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        var opened = StubNotifications.OPENED.poll(10, TimeUnit.SECONDS);

        opened.listener().ended();
        read(response.body());

        assertThat(opened.command().lastEventId()).contains("12.3");
    }

    /** The stream's events until it ends: each a map of its fields ({@code data} lines joined). */
    private static List<Map<String, String>> read(InputStream body) throws IOException {
        var events = new ArrayList<Map<String, String>>();
        var current = new HashMap<String, String>();
        try (var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!current.isEmpty()) {
                        events.add(current);
                    }
                    current = new HashMap<>();
                } else if (!line.startsWith(":")) {
                    int colon = line.indexOf(':');
                    var field = colon < 0 ? line : line.substring(0, colon);
                    var value = colon < 0 ? "" : line.substring(colon + 1).stripLeading();
                    current.merge(field, value, (a, b) -> a + "\n" + b);
                }
            }
        }
        if (!current.isEmpty()) {
            events.add(current);
        }
        return events;
    }

    private HttpResponse<String> send(String method, String path, boolean authenticated) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json, text/event-stream");
        if (authenticated) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Object> parse(String body) throws IOException {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
    }
}
