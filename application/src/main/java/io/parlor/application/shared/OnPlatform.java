package io.parlor.application.shared;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** A context's ports that run on the shared {@link Platform}, with its parts at hand. */
@SecondaryPort
public interface OnPlatform {

    Platform platform();

    default TransactionRunner transactions() {
        return platform().transactions();
    }

    default DomainEventBus events() {
        return platform().events();
    }

    default TimeSource time() {
        return platform().time();
    }

    default IdGenerator ids() {
        return platform().ids();
    }
}
