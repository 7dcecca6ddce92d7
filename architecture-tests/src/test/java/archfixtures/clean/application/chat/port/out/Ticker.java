package archfixtures.clean.application.chat.port.out;

import java.time.Instant;

public interface Ticker {

    Instant now();

    /** A port may offer an enum of its own. */
    enum Precision {
        MILLIS,
        MICROS
    }
}
