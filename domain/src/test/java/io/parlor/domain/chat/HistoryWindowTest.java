package io.parlor.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.shared.InvalidValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryWindowTest {

    @Test
    void defaultsToTheNewestPage() {
        var window = HistoryWindow.of(Optional.empty(), Optional.empty(), Optional.empty(), 50, 200);

        assertThat(window.limit()).isEqualTo(50);
        assertThat(window.fromOldest()).isFalse();
        assertThat(window.lowerBound()).isZero();
        assertThat(window.upperBound()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anAfterSeqReadsFromTheOldestEnd() {
        var window = HistoryWindow.of(Optional.of(10), Optional.of(30L), Optional.of(7L), 50, 200);

        assertThat(window.fromOldest()).isTrue();
        assertThat(window.lowerBound()).isEqualTo(7);
        assertThat(window.upperBound()).isEqualTo(30);
    }

    @Test
    void refusesLimitsOutsideOneToTheMaximumAndNegativeBounds() {
        assertThatThrownBy(() -> HistoryWindow.of(Optional.of(201), Optional.empty(), Optional.empty(), 50, 200))
                .isInstanceOf(InvalidValue.class).extracting(e -> ((InvalidValue) e).field()).isEqualTo("limit");
        assertThatThrownBy(() -> HistoryWindow.of(Optional.of(0), Optional.empty(), Optional.empty(), 50, 200))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> HistoryWindow.of(Optional.empty(), Optional.of(-1L), Optional.empty(), 50, 200))
                .isInstanceOf(InvalidValue.class).extracting(e -> ((InvalidValue) e).field()).isEqualTo("beforeSeq");
    }

    @Test
    void aReadMarkNeverPointsPastTheLastMessage() {
        assertThat(new ReadMark(12).within(9)).isEqualTo(new ReadMark(9));
        assertThat(new ReadMark(4).within(9)).isEqualTo(new ReadMark(4));
        assertThatThrownBy(() -> new ReadMark(-1)).isInstanceOf(InvalidValue.class);
    }
}
