package archfixtures.broken.domain.reservation;

import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

@AggregateRoot
public class Shop {

    @Identity
    private UUID id;
}
