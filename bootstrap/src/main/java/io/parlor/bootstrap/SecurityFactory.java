package io.parlor.bootstrap;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The HS256 signature that issues and checks access tokens. The signature itself is the bean
 * (not only its configuration), so that the generator cannot fall back to unsigned tokens and
 * the validator, having a signature, refuses unsigned and foreign ones.
 */
@Factory
class SecurityFactory {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration accessTokenSignature(SigningSecret secret) {
        var configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setSecret(secret.value());
        return new SecretSignature(configuration);
    }
}
