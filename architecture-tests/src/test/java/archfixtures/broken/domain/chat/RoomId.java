package archfixtures.broken.domain.chat;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record RoomId(UUID value) implements Identifier {
}
