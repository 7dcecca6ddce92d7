package archfixtures.broken.adapters.http.chat;

import io.micronaut.http.annotation.Controller;

/** Breaks: controllers end with Controller. */
@Controller("/rooms")
final class RoomsEndpoint {
}
