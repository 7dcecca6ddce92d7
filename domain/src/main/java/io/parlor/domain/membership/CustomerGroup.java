package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A shop's group of customers: those added to it by hand and, when {@code minVisits} is set,
 * every customer with at least that many completed visits. The rule is applied whenever the
 * group is read, so it is never stale.
 */
@AggregateRoot
public record CustomerGroup(@Identity GroupId id, ShopId shop, String name, GroupKind kind, Optional<Integer> minVisits) {

    private static final int MAX_NAME = 50;
    private static final int MAX_MIN_VISITS = 100_000;
    /** FREQUENT starts with a rule, so that it means something before anyone is added by hand. */
    public static final int FREQUENT_MIN_VISITS = 5;

    /** @throws InvalidValue (fields {@code name}, {@code minVisits}) for a blank or long name or a rule below 1 */
    public CustomerGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue("name", "a group name is 1 to " + MAX_NAME + " characters, without control characters");
        }
        Objects.requireNonNull(minVisits, "minVisits");
        if (minVisits.isPresent() && (minVisits.get() < 1 || minVisits.get() > MAX_MIN_VISITS)) {
            throw new InvalidValue("minVisits", "minVisits is between 1 and " + MAX_MIN_VISITS);
        }
    }

    /** A group the owner makes. */
    public static CustomerGroup custom(GroupId id, ShopId shop, String name, Optional<Integer> minVisits) {
        return new CustomerGroup(id, shop, name, GroupKind.CUSTOM, minVisits);
    }

    /**
     * The three groups every shop has, with ids derived from the shop's, so that no shop needs
     * a stored row for them and every instance names them alike.
     */
    public static List<CustomerGroup> defaultsOf(ShopId shop) {
        return List.of(standard(shop, GroupKind.VIP, Optional.empty()),
                standard(shop, GroupKind.FREQUENT, Optional.of(FREQUENT_MIN_VISITS)),
                standard(shop, GroupKind.BLACKLIST, Optional.empty()));
    }

    /** The id of {@code shop}'s group of {@code kind}; not for {@code CUSTOM}. */
    public static GroupId standardId(ShopId shop, GroupKind kind) {
        if (kind == GroupKind.CUSTOM) {
            throw new IllegalArgumentException("custom groups have ids of their own");
        }
        return new GroupId(UUID.nameUUIDFromBytes((shop + ":" + kind).getBytes(StandardCharsets.UTF_8)));
    }

    private static CustomerGroup standard(ShopId shop, GroupKind kind, Optional<Integer> minVisits) {
        return new CustomerGroup(standardId(shop, kind), shop, kind.name(), kind, minVisits);
    }

    /** Whether a customer belongs: added by hand, or enough visits for the rule. */
    public boolean holds(boolean addedByHand, int visits) {
        return addedByHand || minVisits.map(min -> visits >= min).orElse(false);
    }

    /** Whether the two names count as one (names are unique per shop, without case). */
    public boolean sameNameAs(String other) {
        return name.toLowerCase(Locale.ROOT).equals(other == null ? null : other.strip().toLowerCase(Locale.ROOT));
    }
}
