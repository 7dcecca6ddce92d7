package archfixtures.broken.application.membership;

/** A back-office service that another context must not call directly. */
public final class CustomerGroupsService {

    public boolean isBlacklisted(String member) {
        return member.isEmpty();
    }
}
