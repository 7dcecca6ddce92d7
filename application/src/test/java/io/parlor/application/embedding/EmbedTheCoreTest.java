package io.parlor.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.bridge.MembershipMemberNames;
import io.parlor.application.chat.ChatSettings;
import io.parlor.application.chat.ChatUseCases;
import io.parlor.application.chat.inmemory.InMemoryChat;
import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.in.ListMessages;
import io.parlor.application.chat.port.in.ListParticipants;
import io.parlor.application.chat.port.in.ParticipantView;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.membership.MembershipSettings;
import io.parlor.application.membership.MembershipUseCases;
import io.parlor.application.membership.inmemory.InMemoryMailer;
import io.parlor.application.membership.inmemory.InMemoryMembership;
import io.parlor.application.membership.port.in.LogIn;
import io.parlor.application.membership.port.in.SignUp;
import io.parlor.application.shared.inmemory.InMemoryPlatform;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's "Embed the core" examples, kept compiling and true by running them. */
class EmbedTheCoreTest {

    private final InMemoryPlatform platform = InMemoryPlatform.startingAt(Instant.parse("2026-11-21T09:00:00Z"));

    @Test
    void membershipRunsInPlainJavaOnTheInMemoryPlatform() {
        var mailer = new InMemoryMailer();
        var membership = MembershipUseCases.wire(InMemoryMembership.ports(platform).withMailer(mailer),
                MembershipSettings.defaults().withEmailVerificationRequired(false));

        membership.signUp().signUp(new SignUp.Command(new Email("ana@example.com"), "violet-harbor-lantern",
                new MemberName("Ana Kim"), Optional.empty()));
        var tokens = membership.logIn().logIn(new LogIn.Command(new Email("ana@example.com"), "violet-harbor-lantern",
                Optional.empty()));

        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(mailer.outbox()).isEmpty();
    }

    @Test
    void chatOnTheSamePlatformLearnsMemberNamesFromMembershipThroughItsBridge() {
        var membershipPorts = InMemoryMembership.ports(platform);
        var membership = MembershipUseCases.wire(membershipPorts,
                MembershipSettings.defaults().withEmailVerificationRequired(false));
        var ana = membership.signUp().signUp(new SignUp.Command(new Email("ana@example.com"),
                "violet-harbor-lantern", new MemberName("Ana Kim"), Optional.empty())).id();
        var bo = membership.signUp().signUp(new SignUp.Command(new Email("bo@example.com"),
                "amber-meadow-compass", new MemberName("Bo Lee"), Optional.empty())).id();
        var names = new MembershipMemberNames(membershipPorts.members());

        try (var chat = ChatUseCases.wire(InMemoryChat.ports(platform).withMemberNames(names),
                ChatSettings.defaults())) {
            var room = chat.createRoom().create(new CreateRoom.Command(ana, RoomType.DIRECT, Optional.empty(),
                    Set.of(bo), Optional.empty())).room();
            assertThat(chat.listParticipants().list(new ListParticipants.Query(room.id(), bo)))
                    .extracting(ParticipantView::name)
                    .containsExactlyInAnyOrder(Optional.of("Ana Kim"), Optional.of("Bo Lee"));
            chat.postMessage().post(new PostMessage.Command(room.id(), ana, MessageType.TEXT, "Are you free at ten?",
                    Optional.empty(), new ClientMessageId("m-1"))).join();

            assertThat(chat.listMessages().list(new ListMessages.Query(room.id(), bo, Optional.empty(),
                    Optional.empty(), Optional.empty()))).extracting(message -> message.content().text())
                    .containsExactly("Are you free at ten?");
        }
    }
}
