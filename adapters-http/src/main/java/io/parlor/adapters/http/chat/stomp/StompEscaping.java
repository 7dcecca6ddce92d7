package io.parlor.adapters.http.chat.stomp;

/** STOMP 1.2 header escaping: backslash, colon, carriage return and line feed. */
final class StompEscaping {

    private StompEscaping() {
    }

    static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf(':') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        var out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ':' -> out.append("\\c");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** @throws StompProtocolError for an undefined escape sequence, as the specification asks */
    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= value.length()) {
                throw new StompProtocolError("dangling escape in a header");
            }
            switch (value.charAt(i)) {
                case '\\' -> out.append('\\');
                case 'c' -> out.append(':');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new StompProtocolError("undefined escape in a header");
            }
        }
        return out.toString();
    }
}
