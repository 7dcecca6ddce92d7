package io.parlor.application.notification.port.out;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.notification.TriggerType;
import java.util.List;
import java.util.Optional;

/** The stored message templates of every shop. Writes join the caller's unit of work. */
public interface Templates {

    /** Stores a new template. */
    void add(MessageTemplate template);

    /** Replaces a stored template's name, body and trigger; {@code false} if the shop has no such template. */
    boolean replace(MessageTemplate template);

    /** {@code false} if the shop has no such template. */
    boolean remove(ShopId shop, TemplateId id);

    Optional<MessageTemplate> find(ShopId shop, TemplateId id);

    /** The shop's templates, by name. */
    List<MessageTemplate> ofShop(ShopId shop);

    /** The shop's templates with a trigger of this type, by name. */
    List<MessageTemplate> triggeredBy(ShopId shop, TriggerType type);
}
