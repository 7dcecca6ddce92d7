package archfixtures.clean.domain.shared;

/** A shared-kernel value that every context may use. */
public record Email(String value) {
}
