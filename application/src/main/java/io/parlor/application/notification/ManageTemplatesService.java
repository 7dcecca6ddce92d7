package io.parlor.application.notification;

import io.parlor.application.notification.port.in.ManageTemplates;
import io.parlor.application.notification.port.out.TemplateEngine;
import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.notification.TemplateNotFound;
import java.util.List;

final class ManageTemplatesService implements ManageTemplates {

    private final Templates templates;
    private final TemplateEngine engine;
    private final ShopGate gate;
    private final TransactionRunner transactions;
    private final IdGenerator ids;

    ManageTemplatesService(Templates templates, TemplateEngine engine, ShopGate gate, TransactionRunner transactions,
            IdGenerator ids) {
        this.templates = templates;
        this.engine = engine;
        this.gate = gate;
        this.transactions = transactions;
        this.ids = ids;
    }

    @Override
    public List<MessageTemplate> list(ShopId shop, MemberId actor) {
        gate.requireStaff(shop, actor);
        return templates.ofShop(shop);
    }

    @Override
    public MessageTemplate create(ShopId shop, MemberId actor, Draft draft) {
        gate.requireOwner(shop, actor);
        var template = checked(new TemplateId(ids.newId()), shop, draft);
        transactions.runInTransaction(() -> templates.add(template));
        return template;
    }

    @Override
    public MessageTemplate update(ShopId shop, MemberId actor, TemplateId id, Draft draft) {
        gate.requireOwner(shop, actor);
        var template = checked(id, shop, draft);
        if (!transactions.inTransaction(() -> templates.replace(template))) {
            throw new TemplateNotFound();
        }
        return template;
    }

    @Override
    public void delete(ShopId shop, MemberId actor, TemplateId id) {
        gate.requireOwner(shop, actor);
        if (!transactions.inTransaction(() -> templates.remove(shop, id))) {
            throw new TemplateNotFound();
        }
    }

    private MessageTemplate checked(TemplateId id, ShopId shop, Draft draft) {
        var template = new MessageTemplate(id, shop, draft.name(), draft.body(), draft.trigger());
        MessageTemplate.requireKnown(engine.placeholders(template.body()));
        return template;
    }
}
