package io.parlor.domain.chat;

/**
 * The roster changes that chat records in a room's timeline as {@code SYSTEM} messages. The
 * message's sender is the member the notice is about; its text is {@link #code()}, for clients
 * to render in their own language.
 */
public enum SystemNotice {
    MEMBER_JOINED("member-joined"),
    MEMBER_LEFT("member-left");

    private final String code;

    SystemNotice(String code) {
        this.code = code;
    }

    /** The stable text of the {@code SYSTEM} message. */
    public String code() {
        return code;
    }
}
