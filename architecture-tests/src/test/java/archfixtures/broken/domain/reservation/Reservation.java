package archfixtures.broken.domain.reservation;

import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** Breaks jMolecules' DDD rules: an aggregate holds another aggregate instead of its id. */
@AggregateRoot
public class Reservation {

    @Identity
    private UUID id;
    private Shop shop;
}
