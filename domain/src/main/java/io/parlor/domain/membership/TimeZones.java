package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Reads time-zone names as clients send them. */
public final class TimeZones {

    private TimeZones() {
    }

    /**
     * The region-based zone named {@code name}, such as {@code Asia/Seoul}.
     *
     * @throws InvalidValue (field {@code timeZone}) for an unknown name or a bare offset
     */
    public static ZoneId parse(String name) {
        if (name == null || !name.contains("/")) {
            throw new InvalidValue("timeZone", "must be a region such as Europe/Paris");
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new InvalidValue("timeZone", "is not a known time zone");
        }
    }
}
