package archfixtures.broken.domain.membership;

/** A membership value that is neither an id nor an event. */
public record MemberProfile(String displayName) {
}
