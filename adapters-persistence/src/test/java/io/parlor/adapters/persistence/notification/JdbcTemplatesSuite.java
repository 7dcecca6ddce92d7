package io.parlor.adapters.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.membership.JdbcMembers;
import io.parlor.adapters.persistence.membership.JdbcShops;
import io.parlor.adapters.persistence.membership.MembershipFixtures;
import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.notification.port.out.TemplatesContract;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.notification.Trigger;
import io.parlor.domain.notification.TriggerType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The templates contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcTemplatesSuite extends TemplatesContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcTemplatesSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected Templates newSubject() {
        return database.bean(JdbcTemplates.class);
    }

    @Override
    protected ShopId existingShop() {
        return MembershipFixtures.existingShop(database.bean(JdbcShops.class),
                MembershipFixtures.existingMember(database.bean(JdbcMembers.class)));
    }

    @Override
    protected void inRolledBackUnit(Runnable work) {
        try {
            database.bean(JdbcTransactionRunner.class).runInTransaction(() -> {
                work.run();
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the unit of work was rolled back, as the test wants
        }
    }

    /** A body as long as the domain allows, in characters outside the BMP, fits the column on every database. */
    @Test
    void storesTheLongestBodyInAnyScript() {
        var templates = newSubject();
        var shop = existingShop();
        var body = "\uD83D\uDC87".repeat(MessageTemplate.MAX_BODY);
        var template = new MessageTemplate(new TemplateId(UUID.randomUUID()), shop, "Emoji", body,
                Trigger.of(TriggerType.MANUAL));

        templates.add(template);

        assertThat(templates.find(shop, template.id())).contains(template);
    }
}
