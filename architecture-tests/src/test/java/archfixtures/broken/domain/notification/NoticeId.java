package archfixtures.broken.domain.notification;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record NoticeId(UUID value) implements Identifier {
}
