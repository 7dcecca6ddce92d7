package io.parlor.bootstrap;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The HS256 signature that issues and checks access tokens. */
@Factory
class SecurityFactory {

    @Singleton
    @Named("generator")
    SecretSignatureConfiguration accessTokenSignature(SigningSecret secret) {
        var signature = new SecretSignatureConfiguration("generator");
        signature.setJwsAlgorithm(JWSAlgorithm.HS256);
        signature.setSecret(secret.value());
        return signature;
    }
}
