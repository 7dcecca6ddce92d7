package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.ExternalIdentity;
import io.parlor.application.membership.port.out.IdentityProvider;
import io.parlor.application.membership.port.out.LoginProof;
import io.parlor.application.membership.port.out.IdentityProviders;
import io.parlor.application.membership.port.out.IdentityProvidersContract;
import java.net.URI;
import java.util.Map;

class InMemoryIdentityProvidersTest extends IdentityProvidersContract {

    @Override
    protected IdentityProviders newSubjectWithKakaoAndMock() {
        return new InMemoryIdentityProviders(Map.of("kakao", new Unused(), "mock", new Unused()));
    }

    private static final class Unused implements IdentityProvider {

        @Override
        public URI authorizationUri(String state, LoginProof proof) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExternalIdentity identify(String authorizationCode, LoginProof proof) {
            throw new UnsupportedOperationException();
        }
    }
}
