package io.parlor.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.chat.FileSystemBlobStore;
import io.parlor.adapters.persistence.chat.JdbcBlobStore;
import io.parlor.application.bridge.MembershipMemberNames;
import io.parlor.application.chat.ChatPorts;
import io.parlor.application.chat.ChatUseCases;
import io.parlor.application.chat.inmemory.InMemoryPresence;
import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.chat.port.out.MemberNames;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.Presence;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.chat.port.out.RoomActivity;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.port.out.TimeSource;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;

/** Builds the chat use cases from the configured adapters; each port is a bean of its own. */
@Factory
class ChatFactory {

    @Singleton
    MemberNames memberNames(Members members) {
        return new MembershipMemberNames(members);
    }

    @Singleton
    @Requires(missingProperty = RedisFactory.URI)
    Presence inProcessPresence(TimeSource time) {
        return new InMemoryPresence(time);
    }

    /**
     * Attachment bytes in the database ({@code database}: every instance reads what any stored, no
     * shared volume needed) or under {@code <data dir>/attachments} ({@code files}); unless set, the
     * database on PostgreSQL and files on the embedded H2.
     */
    @Singleton
    BlobStore blobStore(@Property(name = "parlor.chat.blob-store", defaultValue = "") String choice,
                        @Property(name = "datasources.default.url") String databaseUrl,
                        @Property(name = "parlor.data-dir") String dataDir,
                        TransactionOperations<Connection> transactions) {
        var store = choice.isBlank() ? (databaseUrl.startsWith("jdbc:postgresql:") ? "database" : "files") : choice;
        return switch (store) {
            case "database" -> new JdbcBlobStore(transactions);
            case "files" -> new FileSystemBlobStore(Path.of(dataDir, "attachments"));
            default -> throw new IllegalArgumentException(
                    "parlor.chat.blob-store is '" + choice + "'; it must be database or files");
        };
    }

    @Singleton
    ChatPorts chatPorts(Platform platform, Rooms rooms, Messages messages, ReadMarks readMarks,
                        Attachments attachments, BlobStore blobs, MemberNames names, Presence presence) {
        return new ChatPorts(platform, rooms, messages, readMarks, attachments, blobs, names, presence);
    }

    @Singleton
    @Bean(preDestroy = "close")
    ChatUseCases chatUseCases(ChatPorts ports, ChatConfiguration configuration, RoomActivity activity) {
        return ChatUseCases.wire(ports, configuration.toSettings(), activity);
    }
}
