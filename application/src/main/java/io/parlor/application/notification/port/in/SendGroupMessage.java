package io.parlor.application.notification.port.in;

import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.shared.NotShopOwner;
import java.util.Objects;
import java.util.Optional;

/**
 * The owner messages a group of the shop's customers. The recipients are fixed and their sends
 * stored in one unit of work; the sends run after it, from the deadline store, so a restart
 * mid-way neither loses nor repeats one. A retry with the same idempotency key sends nothing twice.
 */
public interface SendGroupMessage {

    /**
     * @return how many customers will get it
     * @throws io.parlor.domain.shared.NotShopOwner for a designer
     * @throws io.parlor.domain.membership.GroupNotFound for a group the shop does not have
     * @throws io.parlor.domain.notification.TemplateNotFound for a template the shop does not have
     * @throws io.parlor.domain.shared.InvalidValue (field {@code message}) for neither or both of
     *         template and message, or a message that is blank or longer than 1,000 characters
     */
    int send(Command command);

    record Command(ShopId shop, MemberId actor, GroupId group, Optional<TemplateId> template, Optional<String> message,
            Optional<String> idempotencyKey) {
        public Command {
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }
}
