package io.parlor.application.notification.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.notification.Trigger;
import io.parlor.domain.notification.TriggerType;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Templates} store does. */
public abstract class TemplatesContract {

    protected abstract Templates newSubject();

    /** A shop the store may refer to; a relational subclass overrides it to create one first. */
    protected ShopId existingShop() {
        return new ShopId(UUID.randomUUID());
    }

    /** Runs {@code work} in one unit of work that is then rolled back. */
    protected abstract void inRolledBackUnit(Runnable work);

    private static MessageTemplate template(ShopId shop, String name, Trigger trigger) {
        return new MessageTemplate(new TemplateId(UUID.randomUUID()), shop, name, "Hi {{customerName}}", trigger);
    }

    @Test
    void readsBackEveryFieldOfEveryTriggerInNameOrder() {
        var templates = newSubject();
        var shop = existingShop();
        var reminder = template(shop, "Reminder",
                new Trigger(TriggerType.BEFORE_RESERVATION, 2, Optional.of(LocalTime.of(9, 30))));
        var followUp = template(shop, "Follow-up", new Trigger(TriggerType.AFTER_RESERVATION, 0, Optional.empty()));
        var welcome = template(shop, "Welcome", Trigger.of(TriggerType.ROOM_CREATED));

        templates.add(reminder);
        templates.add(welcome);
        templates.add(followUp);

        assertThat(templates.ofShop(shop)).containsExactly(followUp, reminder, welcome);
        assertThat(templates.find(shop, reminder.id())).contains(reminder);
        assertThat(templates.triggeredBy(shop, TriggerType.BEFORE_RESERVATION)).containsExactly(reminder);
        assertThat(templates.triggeredBy(shop, TriggerType.MANUAL)).isEmpty();
    }

    @Test
    void anotherShopsTemplateIsNotThere() {
        var templates = newSubject();
        var shop = existingShop();
        var other = existingShop();
        var welcome = template(shop, "Welcome", Trigger.of(TriggerType.ROOM_CREATED));
        templates.add(welcome);

        assertThat(templates.find(other, welcome.id())).isEmpty();
        assertThat(templates.ofShop(other)).isEmpty();
        assertThat(templates.remove(other, welcome.id())).isFalse();
        assertThat(templates.replace(new MessageTemplate(welcome.id(), other, "Taken", "x", welcome.trigger())))
                .isFalse();
        assertThat(templates.find(shop, welcome.id())).contains(welcome);
    }

    @Test
    void replacesAndRemoves() {
        var templates = newSubject();
        var shop = existingShop();
        var welcome = template(shop, "Welcome", Trigger.of(TriggerType.ROOM_CREATED));
        templates.add(welcome);
        var changed = new MessageTemplate(welcome.id(), shop, "Offer", "20% off, {{customerName}}",
                Trigger.of(TriggerType.MANUAL));

        assertThat(templates.replace(changed)).isTrue();
        assertThat(templates.find(shop, welcome.id())).contains(changed);
        assertThat(templates.triggeredBy(shop, TriggerType.ROOM_CREATED)).isEmpty();
        assertThat(templates.remove(shop, welcome.id())).isTrue();
        assertThat(templates.remove(shop, welcome.id())).isFalse();
        assertThat(templates.ofShop(shop)).isEmpty();
    }

    @Test
    void aRolledBackUnitLeavesNoTrace() {
        var templates = newSubject();
        var shop = existingShop();
        var kept = template(shop, "Kept", Trigger.of(TriggerType.MANUAL));
        templates.add(kept);

        inRolledBackUnit(() -> {
            templates.add(template(shop, "Gone", Trigger.of(TriggerType.MANUAL)));
            templates.replace(new MessageTemplate(kept.id(), shop, "Renamed", "x", kept.trigger()));
        });

        assertThat(templates.ofShop(shop)).containsExactly(kept);
    }
}
