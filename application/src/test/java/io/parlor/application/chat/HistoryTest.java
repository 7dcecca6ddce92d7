package io.parlor.application.chat;

import static io.parlor.application.chat.ChatFixture.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.chat.port.in.ListMessages;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private final ChatFixture chat = new ChatFixture();
    private final MemberId ana = chat.member("Ana");
    private final MemberId bo = chat.member("Bo");
    private final RoomId room = chat.group(ana, bo).id();

    @BeforeEach
    void sixtyMessages() {
        for (int i = 1; i <= 60; i++) {
            chat.say(room, i % 2 == 0 ? ana : bo, "message " + i);
        }
    }

    private List<Long> seqs(MemberId reader, Optional<Integer> limit, Optional<Long> before, Optional<Long> after) {
        return chat.useCases.listMessages().list(new ListMessages.Query(room, reader, limit, before, after)).stream()
                .map(Message::seq).toList();
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void byDefaultTheNewestFiftyInAscendingOrder() {
        var page = seqs(ana, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(page).isEqualTo(range(11, 60));
    }

    @Test
    void beforeSeqScrollsBack() {
        var page = seqs(ana, Optional.of(5), Optional.of(11L), Optional.empty());

        assertThat(page).isEqualTo(range(6, 10));
    }

    @Test
    void afterSeqCatchesUpFromTheLastSeenMessage() {
        var firstPage = seqs(bo, Optional.of(20), Optional.empty(), Optional.of(30L));
        var rest = seqs(bo, Optional.of(20), Optional.empty(), Optional.of(50L));

        assertThat(firstPage).isEqualTo(range(31, 50));
        assertThat(rest).isEqualTo(range(51, 60));
        assertThat(seqs(bo, Optional.empty(), Optional.empty(), Optional.of(60L))).isEmpty();
    }

    @Test
    void bothBoundsGiveTheOldestMessagesBetweenThem() {
        var page = seqs(ana, Optional.of(3), Optional.of(20L), Optional.of(10L));

        assertThat(page).isEqualTo(range(11, 13));
    }

    @Test
    void aPageHoldsAtMostTwoHundredMessages() {
        assertThat(seqs(ana, Optional.of(200), Optional.empty(), Optional.empty())).isEqualTo(range(1, 60));
        assertThat(codeOf(() -> seqs(ana, Optional.of(201), Optional.empty(), Optional.empty())))
                .isEqualTo("invalid-field");
        assertThat(codeOf(() -> seqs(ana, Optional.empty(), Optional.empty(), Optional.of(-1L))))
                .isEqualTo("invalid-field");
    }

    @Test
    void onlyMembersReadTheHistory() {
        var stranger = chat.member("Eve");

        assertThat(codeOf(() -> seqs(stranger, Optional.empty(), Optional.empty(), Optional.empty())))
                .isEqualTo("not-room-member");
    }
}
