package io.parlor.adapters.persistence.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.reservation.port.out.ReservationsContract;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.Treatment;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reservations contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcReservationsSuite extends ReservationsContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcReservationsSuite(TestDatabase database) {
        this.database = database;
    }

    /**
     * The sweeper's query spans every designer, so the contract's expectations about it hold
     * only on a table that earlier tests left empty.
     */
    @BeforeEach
    void emptyTheReservationTables() {
        TransactionOperations<Connection> tx = database.bean(Argument.of(TransactionOperations.class, Connection.class));
        tx.executeWrite(status -> {
            try (var statement = status.getConnection().createStatement()) {
                statement.executeUpdate("DELETE FROM reservation_services");
                return statement.executeUpdate("DELETE FROM reservations");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    protected TransactionRunner newTransactions() {
        return database.bean(JdbcTransactionRunner.class);
    }

    @Override
    protected Reservations newSubject(TransactionRunner transactions) {
        return database.bean(JdbcReservations.class);
    }

    @Override
    protected ShopId existingShop() {
        return new StoredFacts(database).shop();
    }

    @Override
    protected MemberId existingMember() {
        return new StoredFacts(database).member();
    }

    @Override
    protected BookableService existingService(ShopId shop, int minutes, int bufferMinutes) {
        return new StoredFacts(database).service(shop, minutes, bufferMinutes);
    }

    @Test
    void keepsSeveralServicesInTheOrderBookedAndAnAbsentNoteAndKey() {
        var store = subject();
        var services = List.of(existingService(shop, 30, 0), existingService(shop, 15, 0),
                existingService(shop, 45, 10));
        var reservation = Reservation.hold(new ReservationId(UUID.randomUUID()), shop, designer, existingMember(),
                Treatment.of(shop, services), NOW.plus(Duration.ofDays(1)), Optional.empty(), Optional.empty(), NOW,
                HOLD);

        store.add(reservation);

        assertThat(store.findById(reservation.id())).map(Reservation::state).contains(reservation.state());
        assertThat(store.findById(reservation.id()).orElseThrow().state().services())
                .containsExactlyElementsOf(services.stream().map(BookableService::id).toList());
    }

    @Test
    void aSecondSweeperSkipsTheHoldsTheFirstClaimedInsteadOfWaiting() throws Exception {
        var store = subject();
        for (int i = 0; i < 6; i++) {
            store.add(held(existingMember(), NOW.plus(Duration.ofDays(1 + i)), Optional.empty()));
        }
        var claimed = new CountDownLatch(1);
        var release = new CountDownLatch(1);

        var first = CompletableFuture.supplyAsync(() -> transactions().inTransaction(() -> {
            var mine = store.heldExpiredBy(NOW.plus(HOLD), 4);
            claimed.countDown();
            await(release);
            return mine;
        }));
        claimed.await(30, TimeUnit.SECONDS);
        var second = transactions().inTransaction(() -> store.heldExpiredBy(NOW.plus(HOLD), 10));
        release.countDown();
        var firstClaim = first.get(30, TimeUnit.SECONDS);

        assertThat(firstClaim).hasSize(4);
        assertThat(second).hasSizeLessThanOrEqualTo(2).extracting(Reservation::id)
                .doesNotContainAnyElementsOf(firstClaim.stream().map(Reservation::id).toList());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
