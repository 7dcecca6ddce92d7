package io.parlor.adapters.http.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.application.shared.port.out.StoreUnavailable;
import io.parlor.domain.membership.ProviderFailed;
import io.parlor.domain.shared.DomainError;
import io.parlor.domain.shared.InvalidValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** Endpoints that fail in every way an endpoint can, for the rendering tests only. */
@Requires(property = "spec.name", value = "ProblemRenderingTest")
@Controller("/failing")
@Secured(SecurityRule.IS_ANONYMOUS)
class FailingController {

    @Serdeable
    record Signup(@NotBlank @Email String email, @NotBlank String name) {
    }

    static final class SlotUnavailable extends DomainError {
        SlotUnavailable() {
            super("slot-unavailable", Kind.CONFLICT, "That time is no longer free.");
        }
    }

    @Post("/echo")
    Signup echo(@Body @Valid Signup signup) {
        return signup;
    }

    @Get("/rule")
    String rule() {
        throw new SlotUnavailable();
    }

    @Get("/value")
    String value() {
        throw new InvalidValue("phone", "is not a phone number");
    }

    @Get("/upstream")
    String upstream() {
        throw new ProviderFailed();
    }

    @Get("/bug")
    String bug() {
        throw new IllegalStateException("SELECT secret FROM internals");
    }

    @Get("/outage")
    String outage() {
        throw new IllegalStateException("while loading", new StoreUnavailable("the database",
                new IllegalStateException("jdbc:postgresql://db:5432/parlor refused")));
    }

    @Get("/outage/direct")
    String directOutage() {
        throw new StoreUnavailable("Redis", new IllegalStateException("redis://cache:6379 refused"));
    }

    @Get("/private")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    String privateThing() {
        return "secret";
    }
}
