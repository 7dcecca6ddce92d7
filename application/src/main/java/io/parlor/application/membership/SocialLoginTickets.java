package io.parlor.application.membership;

import io.parlor.application.membership.port.out.LoginProof;
import io.parlor.application.membership.port.out.LoginTickets;
import io.parlor.application.membership.port.out.SecretGenerator;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.membership.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The two tickets of a social login over the {@link LoginTickets} store: a {@code state} lives ten
 * minutes (time enough to log in at the provider), a login key sixty seconds (the web app
 * exchanges it at once). Both are 256 random bits, stored by digest; their values are fields
 * separated by a space.
 */
final class SocialLoginTickets {

    static final Duration STATE_TTL = Duration.ofMinutes(10);
    static final Duration LOGIN_KEY_TTL = Duration.ofSeconds(60);

    /** 256 bits. */
    private static final int SECRET_BYTES = 32;

    /**
     * What a {@code state} remembers: the provider it was handed out for, the proof of the
     * authorization request, and the shop the login came through.
     */
    record State(String provider, LoginProof proof, Optional<ShopId> shop) {
    }

    /** What a login key logs in: the member, and the shop the login came through. */
    record Key(MemberId member, Optional<ShopId> shop) {
    }

    private final LoginTickets tickets;
    private final SecretGenerator secrets;

    SocialLoginTickets(LoginTickets tickets, SecretGenerator secrets) {
        this.tickets = tickets;
        this.secrets = secrets;
    }

    /** Remembers {@code state} and returns the new random value to hand to the provider. */
    String putState(State state, Instant now) {
        var proof = state.proof();
        return put(LoginTickets.Kind.OAUTH_STATE,
                join(state.provider() + " " + proof.codeVerifier() + " " + proof.nonce(), state.shop()),
                now.plus(STATE_TTL));
    }

    Optional<State> takeState(String presented, Instant now) {
        return take(LoginTickets.Kind.OAUTH_STATE, presented, now, 3, fields -> new State(fields[0],
                new LoginProof(fields[1], fields[2]), shopOf(fields, 3)));
    }

    /** A fresh proof for an authorization request: a 256-bit PKCE verifier and a 128-bit nonce. */
    LoginProof newProof() {
        return new LoginProof(secrets.urlSafe(SECRET_BYTES), secrets.urlSafe(16));
    }

    /** Remembers {@code key} and returns the new random login key. */
    String putKey(Key key, Instant now) {
        return put(LoginTickets.Kind.LOGIN_KEY, join(key.member().value().toString(), key.shop()),
                now.plus(LOGIN_KEY_TTL));
    }

    Optional<Key> takeKey(String presented, Instant now) {
        return take(LoginTickets.Kind.LOGIN_KEY, presented, now, 1,
                fields -> new Key(new MemberId(UUID.fromString(fields[0])), shopOf(fields, 1)));
    }

    private String put(LoginTickets.Kind kind, String value, Instant expiresAt) {
        String secret = secrets.urlSafe(SECRET_BYTES);
        tickets.put(kind, SecretDigest.of(secret), value, expiresAt);
        return secret;
    }

    /** The ticket's value read by {@code reader}; empty if absent, expired, or not a value this class wrote. */
    private <T> Optional<T> take(LoginTickets.Kind kind, String presented, Instant now, int fixedFields,
                                 Function<String[], T> reader) {
        return tickets.take(kind, SecretDigest.of(presented), now).flatMap(value -> {
            String[] fields = value.split(" ", -1);
            if (fields.length < fixedFields || fields.length > fixedFields + 1) {
                return Optional.empty();
            }
            try {
                return Optional.of(reader.apply(fields));
            } catch (IllegalArgumentException unreadable) {
                return Optional.empty();
            }
        });
    }

    private static String join(String first, Optional<ShopId> shop) {
        return shop.map(s -> first + " " + s.value()).orElse(first);
    }

    private static Optional<ShopId> shopOf(String[] fields, int at) {
        return fields.length > at ? Optional.of(new ShopId(UUID.fromString(fields[at]))) : Optional.empty();
    }
}
