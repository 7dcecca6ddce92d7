package io.parlor.adapters.messaging.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the SMS gateway listens.
 *
 * @param url     the address each message is POSTed to as {@code {"to": ..., "text": ...}}
 * @param key     sent as {@code Authorization: Bearer <key>} when present; may be null
 * @param timeout how long one request may take, connecting included
 */
public record SmsSettings(String url, String key, Duration timeout) {

    public SmsSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        var scheme = URI.create(url).getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("the SMS gateway address must be http or https: " + url);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the SMS gateway timeout must be positive");
        }
    }

    @Override
    public String toString() {
        return "SmsSettings[url=" + url + ", key=" + (key == null ? "none" : "***") + ", timeout=" + timeout + "]";
    }
}
