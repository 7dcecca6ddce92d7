package archfixtures.broken.adapters.http.chat;

import archfixtures.broken.application.chat.ReadMessagesService;
import io.micronaut.http.annotation.Controller;

/** Breaks jMolecules' hexagonal rules: a primary adapter uses a service instead of its port. */
@Controller("/shortcut")
final class ShortcutController {

    private final ReadMessagesService service = new ReadMessagesService();
}
