package io.parlor.application.notification.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.notification.Trigger;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.util.List;
import java.util.Objects;

/** A shop's message templates: its staff reads them, its owner writes them. */
public interface ManageTemplates {

    /** @throws io.parlor.domain.shared.ShopNotFound for an unknown shop or a caller not on its staff */
    List<MessageTemplate> list(ShopId shop, MemberId actor);

    /**
     * @throws io.parlor.domain.shared.NotShopOwner for a designer
     * @throws io.parlor.domain.notification.UnknownPlaceholder for a placeholder Parlor does not fill
     * @throws io.parlor.domain.shared.InvalidValue (fields {@code name}, {@code body})
     */
    MessageTemplate create(ShopId shop, MemberId actor, Draft draft);

    /** As {@link #create}; @throws io.parlor.domain.notification.TemplateNotFound */
    MessageTemplate update(ShopId shop, MemberId actor, TemplateId id, Draft draft);

    /** @throws io.parlor.domain.notification.TemplateNotFound */
    void delete(ShopId shop, MemberId actor, TemplateId id);

    record Draft(String name, String body, Trigger trigger) {
        public Draft {
            Objects.requireNonNull(trigger, "trigger");
        }
    }
}
