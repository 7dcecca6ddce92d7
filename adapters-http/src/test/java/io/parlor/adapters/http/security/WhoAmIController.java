package io.parlor.adapters.http.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;

/** Echoes who the token says is asking, for the bearer-token tests only. */
@Requires(property = "spec.name", value = "BearerTokenTest")
@Controller("/whoami")
@Secured(SecurityRule.IS_AUTHENTICATED)
class WhoAmIController {

    @Get
    Map<String, Object> whoAmI(Authentication caller) {
        return Map.of("member", Caller.memberOf(caller).value().toString(), "roles", caller.getRoles());
    }

    @Get("/admin")
    @Secured("ADMIN")
    String adminOnly() {
        return "admin";
    }
}
