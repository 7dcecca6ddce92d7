package io.parlor.application.shared.port.out;

import java.util.regex.Pattern;

/**
 * The address of a stream of domain events on the {@link DomainEventBus}, such as one chat
 * room ({@code chat.room.<id>}) or one context ({@code membership}).
 *
 * @param name letters, digits and {@code . _ : -}, at most 200 characters
 */
public record Topic(String name) {

    /** Compiled once: a topic is made for every event published. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    public Topic {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a topic is 1-200 of [A-Za-z0-9._:-]: " + name);
        }
    }

    /** A topic made of a prefix and one key, e.g. {@code Topic.of("chat.room", roomId)}. */
    public static Topic of(String prefix, Object key) {
        return new Topic(prefix + "." + key);
    }
}
