package io.parlor.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DomainEventBus} does. Subclasses provide a bus and a peer: a bus of
 * another application instance sharing the same backbone (the same bus where there is only
 * one process).
 */
public abstract class DomainEventBusContract {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    /** A bus as one application instance has it. */
    protected abstract DomainEventBus newSubject();

    /** A bus of another instance connected to the same backbone as {@code bus}. */
    protected abstract DomainEventBus peerOf(DomainEventBus bus);

    /** A topic no other test uses, so that runs against a shared server do not interfere. */
    protected static Topic freshTopic() {
        return Topic.of("contract.topic", System.nanoTime() + "-" + TOPICS.incrementAndGet());
    }

    @Test
    void deliversAnEventToASubscriberOfAnotherInstanceUnchanged() {
        var bus = newSubject();
        var peer = peerOf(bus);
        var topic = freshTopic();
        var inbox = new Inbox();
        peer.subscribe(topic, inbox);

        bus.publish(topic, SampleEvent.numbered(1));

        assertThat(inbox.next()).isEqualTo(SampleEvent.numbered(1));
    }

    @Test
    void deliversToSubscribersOfThePublishingInstanceToo() {
        var bus = newSubject();
        var topic = freshTopic();
        var inbox = new Inbox();
        bus.subscribe(topic, inbox);

        bus.publish(topic, SampleEvent.numbered(2));

        assertThat(inbox.next()).isEqualTo(SampleEvent.numbered(2));
    }

    @Test
    void keepsPublishOrderAndDeliversEachEventOncePerSubscription() {
        var bus = newSubject();
        var peer = peerOf(bus);
        var topic = freshTopic();
        var local = new Inbox();
        var remote = new Inbox();
        bus.subscribe(topic, local);
        peer.subscribe(topic, remote);
        List<DomainEvent> published = new ArrayList<>();

        LongStream.rangeClosed(1, 500).mapToObj(SampleEvent::numbered).forEach(event -> {
            published.add(event);
            bus.publish(topic, event);
        });
        bus.publish(topic, SampleEvent.numbered(-1));

        assertThat(local.next(501)).isEqualTo(withSentinel(published));
        assertThat(remote.next(501)).isEqualTo(withSentinel(published));
        assertThat(local.pending()).isEmpty();
        assertThat(remote.pending()).isEmpty();
    }

    @Test
    void deliversOnlyTheEventsOfTheSubscribedTopic() {
        var bus = newSubject();
        var peer = peerOf(bus);
        var watched = freshTopic();
        var other = freshTopic();
        var watchedInbox = new Inbox();
        var otherInbox = new Inbox();
        peer.subscribe(watched, watchedInbox);
        peer.subscribe(other, otherInbox);

        bus.publish(other, SampleEvent.numbered(3));
        bus.publish(watched, SampleEvent.numbered(4));

        assertThat(otherInbox.next()).isEqualTo(SampleEvent.numbered(3));
        assertThat(watchedInbox.next()).isEqualTo(SampleEvent.numbered(4));
        assertThat(watchedInbox.pending()).isEmpty();
    }

    @Test
    void aClosedSubscriptionReceivesNothingMore() {
        var bus = newSubject();
        var peer = peerOf(bus);
        var topic = freshTopic();
        var closed = new Inbox();
        var open = new Inbox();
        var subscription = peer.subscribe(topic, closed);
        peer.subscribe(topic, open);

        subscription.close();
        subscription.close();
        bus.publish(topic, SampleEvent.numbered(5));

        assertThat(open.next()).isEqualTo(SampleEvent.numbered(5));
        assertThat(closed.pending()).isEmpty();
    }

    @Test
    void aFailingHandlerHurtsNeitherOtherHandlersNorLaterEvents() {
        var bus = newSubject();
        var peer = peerOf(bus);
        var topic = freshTopic();
        var failures = new AtomicInteger();
        var afterFailure = new Inbox();
        var bystander = new Inbox();
        peer.subscribe(topic, event -> {
            if (failures.getAndIncrement() == 0) {
                throw new IllegalStateException("handler bug");
            }
            afterFailure.accept(event);
        });
        peer.subscribe(topic, bystander);

        bus.publish(topic, SampleEvent.numbered(6));
        bus.publish(topic, SampleEvent.numbered(7));

        assertThat(bystander.next(2)).containsExactly(SampleEvent.numbered(6), SampleEvent.numbered(7));
        assertThat(afterFailure.next()).isEqualTo(SampleEvent.numbered(7));
    }

    @Test
    void aHandlerIsNeverCalledConcurrentlyWithItself() throws InterruptedException {
        var bus = newSubject();
        var peer = peerOf(bus);
        var topic = freshTopic();
        var inside = new AtomicInteger();
        var overlaps = new AtomicInteger();
        var inbox = new Inbox();
        peer.subscribe(topic, event -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            Thread.onSpinWait();
            inside.decrementAndGet();
            inbox.accept(event);
        });
        var publishers = new ArrayList<Thread>();

        for (int t = 0; t < 4; t++) {
            long base = t * 1000L;
            var publisher = new Thread(() -> LongStream.range(base, base + 100)
                    .forEach(n -> bus.publish(topic, SampleEvent.numbered(n))));
            publisher.start();
            publishers.add(publisher);
        }
        for (Thread publisher : publishers) {
            publisher.join();
        }

        assertThat(inbox.next(400)).hasSize(400);
        assertThat(overlaps).hasValue(0);
    }

    private static List<DomainEvent> withSentinel(List<DomainEvent> published) {
        var expected = new ArrayList<>(published);
        expected.add(SampleEvent.numbered(-1));
        return expected;
    }
}
