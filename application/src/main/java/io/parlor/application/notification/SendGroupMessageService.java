package io.parlor.application.notification;

import io.parlor.application.notification.port.in.SendGroupMessage;
import io.parlor.application.notification.port.out.ShopDesk;
import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.shared.port.out.Deadline;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.TemplateNotFound;
import io.parlor.domain.shared.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/** One deadline per recipient, all stored in one unit of work and keyed by the batch, so a retry adds none twice. */
final class SendGroupMessageService implements SendGroupMessage {

    private static final int MAX_KEY = 200;

    private final Templates templates;
    private final ShopDesk desk;
    private final Deadlines deadlines;
    private final ShopGate gate;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;

    SendGroupMessageService(Templates templates, ShopDesk desk, Deadlines deadlines, ShopGate gate,
            TransactionRunner transactions, TimeSource time, IdGenerator ids) {
        this.templates = templates;
        this.desk = desk;
        this.deadlines = deadlines;
        this.gate = gate;
        this.transactions = transactions;
        this.time = time;
        this.ids = ids;
    }

    @Override
    public int send(Command command) {
        var shop = gate.requireOwner(command.shop(), command.actor());
        var text = command.message().map(String::strip).orElse("");
        if (command.template().isPresent() == command.message().isPresent()) {
            throw new InvalidValue("message", "give either a templateId or a message");
        }
        if (command.message().isPresent()
                && (text.isEmpty() || text.codePointCount(0, text.length()) > MessageTemplate.MAX_BODY)) {
            throw new InvalidValue("message", "a message is 1 to " + MessageTemplate.MAX_BODY + " characters");
        }
        command.template().ifPresent(id -> templates.find(shop.id(), id).orElseThrow(TemplateNotFound::new));
        var recipients = desk.recipients(shop.id(), command.group()).stream()
                .filter(member -> !shop.isStaff(member)).toList();
        var batch = batchOf(command);
        var now = time.now();
        transactions.runInTransaction(() -> {
            for (var recipient : recipients) {
                var message = new ShopMessage(ShopMessage.Purpose.GROUP, shop.id(), recipient, command.template(),
                        Optional.empty(), Optional.empty(), Optional.empty(), text);
                deadlines.scheduleIfAbsent(Deadline.of("gm:" + shop.id() + ":" + batch + ":" + recipient,
                        ShopMessage.KIND, now, message.encode()));
            }
        });
        return recipients.size();
    }

    /** The same key in the same shop names the same batch; without one every call is a batch of its own. */
    private UUID batchOf(Command command) {
        if (command.idempotencyKey().isEmpty()) {
            return ids.newId();
        }
        var key = command.idempotencyKey().get();
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new InvalidValue("Idempotency-Key", "an idempotency key is 1 to " + MAX_KEY + " characters");
        }
        return UUID.nameUUIDFromBytes((command.shop() + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
