package archfixtures.clean.application.chat.system;

import archfixtures.clean.application.chat.port.out.Ticker;
import java.time.Instant;

public final class SystemTicker implements Ticker {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
