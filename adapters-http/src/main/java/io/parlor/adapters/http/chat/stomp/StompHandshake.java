package io.parlor.adapters.http.chat.stomp;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a CONNECT frame asks for: the protocol version, the access token and heart-beats. */
final class StompHandshake {

    private static final String BEARER = "Bearer ";

    private StompHandshake() {
    }

    /** The highest version both sides speak; a frame without {@code accept-version} speaks 1.0. */
    static String version(Optional<String> acceptVersion) {
        if (acceptVersion.isEmpty()) {
            return "1.0";
        }
        List<String> offered = Arrays.stream(acceptVersion.get().split(",")).map(String::trim).toList();
        for (String version : List.of("1.2", "1.1", "1.0")) {
            if (offered.contains(version)) {
                return version;
            }
        }
        throw new StompProtocolError("supported versions are 1.2, 1.1 and 1.0");
    }

    /** The access token from {@code Authorization: Bearer ...}, or else from {@code passcode}. */
    static Optional<String> token(StompFrame frame) {
        var authorization = frame.header("Authorization").or(() -> frame.header("authorization"));
        if (authorization.isPresent()) {
            String value = authorization.get().trim();
            return value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? Optional.of(value.substring(BEARER.length()).trim()) : Optional.empty();
        }
        return frame.header("passcode").map(String::trim).filter(token -> !token.isEmpty());
    }

    /** The client's {@code heart-beat} as {@code [cx, cy]} milliseconds; none is {@code 0,0}. */
    static long[] heartBeat(Optional<String> header) {
        if (header.isEmpty()) {
            return new long[] {0, 0};
        }
        String[] parts = header.get().split(",");
        try {
            long cx = Long.parseLong(parts[0].trim());
            long cy = Long.parseLong(parts[1].trim());
            if (parts.length != 2 || cx < 0 || cy < 0) {
                throw new StompProtocolError("malformed heart-beat");
            }
            return new long[] {cx, cy};
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new StompProtocolError("malformed heart-beat");
        }
    }
}
