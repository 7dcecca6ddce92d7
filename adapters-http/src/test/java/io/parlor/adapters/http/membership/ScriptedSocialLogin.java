package io.parlor.adapters.http.membership;

import io.micronaut.context.annotation.Requires;
import io.parlor.application.membership.port.in.CompleteSocialLogin;
import io.parlor.application.membership.port.in.ExchangeLoginKey;
import io.parlor.application.membership.port.in.StartSocialLogin;
import io.parlor.application.membership.port.in.Tokens;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.InvalidState;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ProviderFailed;
import io.parlor.domain.membership.ProviderNotFound;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the social-login use cases in the HTTP adapter's own tests: provider
 * {@code known} exists, and the authorization code decides how completing ends. The real use
 * cases are tested end to end in bootstrap.
 */
@Singleton
@Requires(property = "spec.name", value = "SocialLoginControllerTest")
class ScriptedSocialLogin implements StartSocialLogin, CompleteSocialLogin, ExchangeLoginKey {

    static final String STATE = "state-1";
    static final String LOGIN_KEY = "key/1+";
    static final MemberId MEMBER = new MemberId(UUID.fromString("00000000-0000-7000-8000-000000000001"));

    final List<StartSocialLogin.Command> started = new CopyOnWriteArrayList<>();
    final List<CompleteSocialLogin.Command> completed = new CopyOnWriteArrayList<>();

    @Override
    public StartSocialLogin.Result start(StartSocialLogin.Command command) {
        started.add(command);
        if (!command.provider().equals("known")) {
            throw new ProviderNotFound();
        }
        return new StartSocialLogin.Result(URI.create("https://idp.example/authorize?client_id=parlor&state=" + STATE),
                STATE);
    }

    @Override
    public CompleteSocialLogin.Result complete(CompleteSocialLogin.Command command) {
        completed.add(command);
        if (!command.provider().equals("known")) {
            throw new ProviderNotFound();
        }
        return switch (command.authorizationCode()) {
            case "good" -> new CompleteSocialLogin.Result(LOGIN_KEY, MEMBER);
            case "spent-state" -> throw new InvalidState();
            case "refused" -> throw new ProviderFailed();
            case "taken" -> throw new EmailTaken();
            default -> throw new IllegalStateException("SELECT secret FROM internals");
        };
    }

    @Override
    public Tokens exchange(ExchangeLoginKey.Command command) {
        if (!command.loginKey().equals(LOGIN_KEY)) {
            throw new InvalidToken();
        }
        return new Tokens("access-1", "refresh-1", "Bearer", 900, false, MEMBER);
    }
}
