package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.application.shared.port.out.TransactionRunnerContract;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

class InMemoryTransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected TransactionRunner newSubject() {
        return new InMemoryTransactionRunner();
    }

    @Override
    protected Probe probeFor(TransactionRunner runner) {
        var transactions = (InMemoryTransactionRunner) runner;
        Set<String> keys = ConcurrentHashMap.newKeySet();
        return new Probe() {
            @Override
            public void write(String key) {
                if (keys.add(key)) {
                    transactions.onRollback(() -> keys.remove(key));
                }
            }

            @Override
            public boolean contains(String key) {
                return keys.contains(key);
            }
        };
    }
}
