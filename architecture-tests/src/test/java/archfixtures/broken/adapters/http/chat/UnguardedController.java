package archfixtures.broken.adapters.http.chat;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Breaks controllersDeclareWhoMayCall: one of its routes says nothing about who may call it. */
@Controller("/unguarded")
final class UnguardedController {

    @Get("/open")
    @Secured(SecurityRule.IS_ANONYMOUS)
    String open() {
        return "declared";
    }

    @Get("/forgotten")
    String forgotten() {
        return "undeclared";
    }
}
