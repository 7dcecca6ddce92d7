package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.application.notification.port.out.DeliveriesContract;
import io.parlor.application.shared.port.out.TransactionRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Delivery;
import io.parlor.domain.notification.DeliveryId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deliveries contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDeliveriesSuite extends DeliveriesContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcDeliveriesSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected Deliveries newSubject() {
        return database.bean(JdbcDeliveries.class);
    }

    @Override
    protected TransactionRunner transactions() {
        return database.bean(JdbcTransactionRunner.class);
    }

    /** The key (notification, channel) keeps one delivery per channel, and a refused batch stores none of it. */
    @Test
    void aSecondDeliveryOnTheSameChannelIsRefusedWithItsBatch() {
        var outbox = newSubject();
        var n = notification();
        var email = Delivery.pending(new DeliveryId(UUID.randomUUID()), n, Channel.EMAIL, NOW);
        var sms = Delivery.pending(new DeliveryId(UUID.randomUUID()), n, Channel.SMS, NOW);
        var twin = Delivery.pending(new DeliveryId(UUID.randomUUID()), n, Channel.EMAIL, NOW);

        assertThatThrownBy(() -> outbox.add(List.of(email, sms, twin))).isInstanceOf(RuntimeException.class);

        assertThat(outbox.of(n.id())).isEmpty();
    }
}
