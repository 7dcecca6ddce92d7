package archfixtures.broken.application.chat.system;

import java.time.Instant;

/** Breaks: system adapters start with System. */
public final class WallClock {

    public Instant now() {
        return Instant.now();
    }
}
