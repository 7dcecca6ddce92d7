package io.parlor.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** What every {@link IdGenerator} does. */
public abstract class IdGeneratorContract {

    protected abstract IdGenerator newSubject();

    @Test
    void neverRepeatsAnIdAcrossThreads() throws InterruptedException {
        var ids = newSubject();
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        var threads = new ArrayList<Thread>();

        for (int t = 0; t < 4; t++) {
            var thread = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    seen.add(ids.newId());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(seen).hasSize(20_000);
    }

    @Test
    void idsSortInTheOrderTheyWereMade() {
        var ids = newSubject();
        List<String> made = new ArrayList<>();

        for (int i = 0; i < 5_000; i++) {
            made.add(ids.newId().toString());
        }

        assertThat(made).isSorted();
    }

    @Test
    void idsAreVersionSevenUuids() {
        UUID id = newSubject().newId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }
}
