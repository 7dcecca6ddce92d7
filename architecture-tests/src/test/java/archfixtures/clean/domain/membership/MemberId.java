package archfixtures.clean.domain.membership;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record MemberId(UUID value) implements Identifier {
}
