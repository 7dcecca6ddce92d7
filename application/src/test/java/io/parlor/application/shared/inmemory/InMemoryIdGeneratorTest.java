package io.parlor.application.shared.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.IdGeneratorContract;
import org.junit.jupiter.api.Test;

class InMemoryIdGeneratorTest extends IdGeneratorContract {

    @Override
    protected IdGenerator newSubject() {
        return new InMemoryIdGenerator();
    }

    @Test
    void countsFromOneSoTestsCanPredictIds() {
        var ids = new InMemoryIdGenerator();

        assertThat(ids.newId()).hasToString("00000000-0000-7000-8000-000000000001");
        assertThat(ids.newId()).hasToString("00000000-0000-7000-8000-000000000002");
    }
}
