package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.membership.port.out.RefreshTokensContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemoryRefreshTokensTest extends RefreshTokensContract {

    @Override
    protected RefreshTokens newSubject() {
        return new InMemoryRefreshTokens(new InMemoryTransactionRunner());
    }
}
