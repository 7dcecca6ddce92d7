package io.parlor.application.notification.inmemory;

import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.notification.TriggerType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Templates in a map; writes run as (or join) units of work of the runner and are undone on rollback. */
public final class InMemoryTemplates implements Templates {

    private final InMemoryTransactionRunner transactions;
    private final Map<TemplateId, MessageTemplate> byId = new ConcurrentHashMap<>();

    public InMemoryTemplates(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(MessageTemplate template) {
        transactions.runInTransaction(() -> {
            if (byId.putIfAbsent(template.id(), template) != null) {
                throw new IllegalStateException("template " + template.id() + " exists");
            }
            transactions.onRollback(() -> byId.remove(template.id()));
        });
    }

    @Override
    public boolean replace(MessageTemplate template) {
        return transactions.inTransaction(() -> {
            var before = find(template.shop(), template.id());
            if (before.isEmpty()) {
                return false;
            }
            byId.put(template.id(), template);
            transactions.onRollback(() -> byId.put(template.id(), before.get()));
            return true;
        });
    }

    @Override
    public boolean remove(ShopId shop, TemplateId id) {
        return transactions.inTransaction(() -> {
            var before = find(shop, id);
            if (before.isEmpty()) {
                return false;
            }
            byId.remove(id);
            transactions.onRollback(() -> byId.put(id, before.get()));
            return true;
        });
    }

    @Override
    public Optional<MessageTemplate> find(ShopId shop, TemplateId id) {
        return Optional.ofNullable(byId.get(id)).filter(t -> t.shop().equals(shop));
    }

    @Override
    public List<MessageTemplate> ofShop(ShopId shop) {
        return byId.values().stream().filter(t -> t.shop().equals(shop))
                .sorted(Comparator.comparing(MessageTemplate::name).thenComparing(t -> t.id().value())).toList();
    }

    @Override
    public List<MessageTemplate> triggeredBy(ShopId shop, TriggerType type) {
        return ofShop(shop).stream().filter(t -> t.trigger().type() == type).toList();
    }
}
