package io.parlor.application.shared.port.out;

/**
 * The address of a stream of domain events on the {@link DomainEventBus}, such as one chat
 * room ({@code chat.room.<id>}) or one context ({@code membership}).
 *
 * @param name letters, digits and {@code . _ : -}, at most 200 characters
 */
public record Topic(String name) {

    public Topic {
        if (!wellFormed(name)) {
            throw new IllegalArgumentException("a topic is 1-200 of [A-Za-z0-9._:-]: " + name);
        }
    }

    /** A topic made of a prefix and one key, e.g. {@code Topic.of("chat.room", roomId)}. */
    public static Topic of(String prefix, Object key) {
        return new Topic(prefix + "." + key);
    }

    // by hand, not a regex: a topic is made per published event, and a matcher each showed in allocation profiles
    private static boolean wellFormed(String name) {
        if (name == null || name.isEmpty() || name.length() > 200) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
