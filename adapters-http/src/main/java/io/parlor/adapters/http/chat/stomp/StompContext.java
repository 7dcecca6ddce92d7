package io.parlor.adapters.http.chat.stomp;

import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.parlor.application.chat.port.in.MarkOffline;
import io.parlor.application.chat.port.in.MarkOnline;
import io.parlor.application.chat.port.in.MarkRead;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.chat.port.in.ReportTyping;
import io.parlor.application.chat.port.in.ShowRoom;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;

/** What every STOMP connection works with: the chat use cases, the feeds, JSON and limits. */
@Singleton
record StompContext(StompSettings settings, StompAuthenticator authenticator, RoomFeeds feeds, JsonMapper json,
                    PostMessage postMessage, MarkRead markRead, ReportTyping reportTyping, ShowRoom showRoom,
                    MarkOnline markOnline, MarkOffline markOffline,
                    @Named(TaskExecutors.BLOCKING) ExecutorService workers) {
}
