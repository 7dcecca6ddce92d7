package io.parlor.application.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.inmemory.InMemoryIdGenerator;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Subscription;
import io.parlor.application.shared.port.out.Topic;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.DomainError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

/** Queued posts: stored together, answered in order, each refused one failing alone. */
class SubmitMessageTest {

    private final ChatFixture chat = new ChatFixture();
    private final MemberId ana = chat.member("Ana");
    private final MemberId bo = chat.member("Bo");
    private final MemberId eve = chat.member("Eve");
    private final RoomId room = chat.group(ana, bo).id();

    private CompletableFuture<PostMessage.Result> submit(RoomId into, MemberId sender, String text, String clientId) {
        return chat.useCases.postMessage().post(new PostMessage.Command(into, sender, MessageType.TEXT, text,
                Optional.empty(), new ClientMessageId(clientId)));
    }

    @Test
    void aSubmittedMessageIsStoredThenAnsweredAndBroadcast() {
        var inbox = chat.listen(room);

        var result = submit(room, ana, "Is 3pm free?", "c-1").join();

        assertThat(result.replay()).isFalse();
        assertThat(result.message().seq()).isEqualTo(1);
        assertThat(chat.messages.after(room, 0, Long.MAX_VALUE, 10)).containsExactly(result.message());
        assertThat(inbox.next()).isEqualTo(result.message().posted());
    }

    @Test
    void aRefusedPostFailsAloneAndItsNeighboursAreStored() {
        var answers = List.of(submit(room, ana, "one", "c-1"), submit(room, eve, "intruder", "c-2"),
                submit(new RoomId(UUID.randomUUID()), ana, "nowhere", "c-3"),
                submit(room, bo, "two", "c-4"));

        assertThat(answers.get(0).join().message().seq()).isEqualTo(1);
        assertThat(codeOf(answers.get(1))).isEqualTo("not-room-member");
        assertThat(codeOf(answers.get(2))).isEqualTo("room-not-found");
        assertThat(answers.get(3).join().message().seq()).isEqualTo(2);
        assertThat(chat.messages.lastSeq(room)).isEqualTo(2);
    }

    @Test
    void invalidContentFailsTheAnswerAndStoresNothing() {
        var answer = chat.useCases.postMessage().post(new PostMessage.Command(room, ana, MessageType.TEXT, "",
                Optional.empty(), new ClientMessageId("c-1")));

        assertThat(codeOf(answer)).isEqualTo("invalid-field");
        assertThat(chat.messages.lastSeq(room)).isZero();
    }

    @Test
    void aRetryIsAnsweredWithTheOriginalAndNotBroadcastAgain() {
        var original = submit(room, ana, "hello", "c-1").join().message();
        var inbox = chat.listen(room);

        var first = submit(room, ana, "hello", "c-1");
        var second = submit(room, ana, "hello", "c-1");

        assertThat(first.join()).isEqualTo(new PostMessage.Result(original, true));
        assertThat(second.join()).isEqualTo(new PostMessage.Result(original, true));
        assertThat(inbox.pending()).isEmpty();
    }

    @Test
    void aPublishThatFailsFailsOnlyItsOwnAnswerAndLaterPostsAreStillStored() throws Exception {
        var failingBus = new DomainEventBus() {
            @Override
            public void publish(Topic topic, DomainEvent event) {
                if (event instanceof MessagePosted posted && posted.text().equals("boom")) {
                    throw new IllegalStateException("the bus is down");
                }
                chat.events.publish(topic, event);
            }

            @Override
            public Subscription subscribe(Topic topic, Consumer<DomainEvent> handler) {
                return chat.events.subscribe(topic, handler);
            }
        };
        var posts = ChatUseCases.wire(new ChatPorts(
                new Platform(chat.transactions, failingBus, chat.time, new InMemoryIdGenerator()), chat.rooms,
                chat.messages, chat.readMarks, chat.attachments, chat.blobs, chat.names, chat.presence),
                ChatSettings.defaults()).postMessage();
        var command = new PostMessage.Command(room, ana, MessageType.TEXT, "boom", Optional.empty(),
                new ClientMessageId("c-1"));

        var failed = posts.post(command);
        var later = posts.post(new PostMessage.Command(room, ana, MessageType.TEXT, "after", Optional.empty(),
                new ClientMessageId("c-2")));

        assertThat(failed).failsWithin(Duration.ofSeconds(5));
        assertThat(later.get(5, TimeUnit.SECONDS).message().seq()).isEqualTo(2);
    }

    @Test
    void manySubmittersGetEverySeqOnceAndEachHearsItsAnswersInItsOrder() throws InterruptedException {
        var other = chat.group(bo, ana).id();
        var inbox = chat.listen(room);
        ExecutorService submitters = Executors.newFixedThreadPool(4);
        var perSubmitter = new ArrayList<List<CompletableFuture<PostMessage.Result>>>();
        for (int s = 0; s < 4; s++) {
            var mine = new ArrayList<CompletableFuture<PostMessage.Result>>();
            perSubmitter.add(mine);
            int submitter = s;
            submitters.execute(() -> {
                for (int i = 0; i < 50; i++) {
                    var into = i % 2 == 0 ? room : other;
                    synchronized (mine) {
                        mine.add(submit(into, submitter % 2 == 0 ? ana : bo, "m", submitter + "-" + i));
                    }
                }
            });
        }
        submitters.shutdown();
        assertThat(submitters.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        for (var mine : perSubmitter) {
            var results = mine.stream().map(CompletableFuture::join).toList();
            for (var into : List.of(room, other)) {
                assertThat(results.stream().filter(r -> r.message().room().equals(into)).map(r -> r.message().seq()))
                        .isSorted();
            }
        }
        var expected = LongStream.rangeClosed(1, 100).boxed().toList();
        assertThat(chat.messages.after(room, 0, Long.MAX_VALUE, 200)).extracting(m -> m.seq())
                .containsExactlyElementsOf(expected);
        assertThat(chat.messages.after(other, 0, Long.MAX_VALUE, 200)).extracting(m -> m.seq())
                .containsExactlyElementsOf(expected);
        assertThat(inbox.next(100)).extracting(e -> ((MessagePosted) e).seq()).containsExactlyElementsOf(expected);
    }

    private static String codeOf(CompletableFuture<PostMessage.Result> answer) {
        try {
            answer.join();
        } catch (CompletionException failed) {
            assertThat(failed.getCause()).isInstanceOf(DomainError.class);
            return ((DomainError) failed.getCause()).code();
        }
        throw new AssertionError("the answer did not fail");
    }
}
