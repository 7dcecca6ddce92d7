package io.parlor.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.parlor.application.chat.ChatHousekeeping;
import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.membership.MembershipHousekeeping;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The recurring purges, run through the deadline store so that one instance does each. */
@Factory
class HousekeepingFactory {

    @Singleton
    MembershipHousekeeping membershipHousekeeping(RefreshTokens tokens, Deadlines deadlines,
                                                  TransactionRunner transactions, TimeSource time,
                                                  @Property(name = "parlor.membership.purge-interval",
                                                          defaultValue = "1h") Duration every) {
        var housekeeping = MembershipHousekeeping.wire(tokens, deadlines, transactions, time, every);
        housekeeping.start();
        return housekeeping;
    }

    @Singleton
    ChatHousekeeping chatHousekeeping(Attachments attachments, BlobStore blobs, Deadlines deadlines,
                                      TransactionRunner transactions, TimeSource time,
                                      @Property(name = "parlor.chat.purge-interval", defaultValue = "1h") Duration every,
                                      @Property(name = "parlor.chat.unposted-upload-kept-for",
                                              defaultValue = "1d") Duration keep) {
        var housekeeping = ChatHousekeeping.wire(attachments, blobs, deadlines, transactions, time, every, keep);
        housekeeping.start();
        return housekeeping;
    }
}
